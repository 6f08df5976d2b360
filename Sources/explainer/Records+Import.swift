import ArgumentParser
import ExplainerCore
import ExplainerStore
import Foundation

extension Records {
    /// `explainer records import FILE... [--db PATH] [--now T]`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Imports customer records (all files, or nothing) into the store.",
            discussion: """
                Each FILE holds one record JSON document or a JSON array of records. Every file is \
                read and validated before anything is written; all records are then imported in one \
                transaction. A record whose user_id is already in the store replaces it. On any bad \
                file nothing is imported and the command exits 1.
                """)

        @Argument(help: ArgumentHelp("Record files (.json).", valueName: "file"))
        var files: [String] = []

        @OptionGroup var store: StoreOptions

        @Option(help: ArgumentHelp("The import time stamped on the records (ISO 8601; default: now).", valueName: "time"))
        var now: String?

        func validate() throws {
            if files.isEmpty { throw ValidationError("records import needs at least one record file.") }
            if let now, Timestamp.parse(now) == nil {
                throw ValidationError("--now: \"\(now)\" is not an ISO 8601 date or date-time.")
            }
        }

        func run() throws {
            let importedAt = now.flatMap(Timestamp.parse) ?? Date()
            do {
                let records = try RecordFile.read(paths: files)
                let db = try store.open(now: importedAt)
                let summary = try db.importRecords(records, at: importedAt)
                print("imported \(summary.imported) records (\(summary.inserted) new, \(summary.replaced) replaced) into \(db.path)")
            } catch {
                throw CommandLineError.fail(error)
            }
        }
    }
}
