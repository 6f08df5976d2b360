import ArgumentParser
import ExplainerCore
import ExplainerStore
import Foundation

extension Records {
    /// `explainer records list [--db PATH] [--json]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists the customers in the store: id, display name, when imported.")

        @OptionGroup var store: StoreOptions

        @Flag(help: "Print a JSON array of {user_id, display_name, imported_at}.")
        var json = false

        func run() throws {
            do {
                let db = try store.open(now: Date())
                let summaries = try db.list()
                print(json ? try Self.json(summaries) : Self.table(summaries, path: db.path))
            } catch let error as StoreError {
                throw CommandLineError.fail(error)
            }
        }

        /// One line a customer: the id and the name padded into columns, then the import time.
        static func table(_ summaries: [RecordSummary], path: String) -> String {
            guard !summaries.isEmpty else { return "no customers in \(path)" }
            let idWidth = summaries.map { TextWidth.of($0.userID) }.max() ?? 0
            let names = summaries.map { $0.displayName ?? "-" }
            let nameWidth = names.map(TextWidth.of).max() ?? 0
            return zip(summaries, names).map { summary, name in
                TextWidth.pad(summary.userID, to: idWidth) + "  " + TextWidth.pad(name, to: nameWidth) + "  "
                    + Timestamp.isoString(summary.importedAt)
            }.joined(separator: "\n")
        }

        static func json(_ summaries: [RecordSummary]) throws -> String {
            let rows = summaries.map {
                ListRow(userID: $0.userID, displayName: $0.displayName, importedAt: Timestamp.isoString($0.importedAt))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(rows), as: UTF8.self)
        }

        /// The JSON shape of one listed customer; `display_name` is `null` when the record has none.
        private struct ListRow: Encodable {
            var userID: String
            var displayName: String?
            var importedAt: String

            enum CodingKeys: String, CodingKey {
                case userID = "user_id", displayName = "display_name", importedAt = "imported_at"
            }

            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(userID, forKey: .userID)
                try c.encode(displayName, forKey: .displayName)
                try c.encode(importedAt, forKey: .importedAt)
            }
        }
    }
}
