import ArgumentParser
import ExplainerCore
import ExplainerStore
import Foundation

extension Records {
    /// `explainer records show ID [--db PATH]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prints one customer's stored record as pretty JSON (the canonical form the store keeps).")

        @Argument(help: ArgumentHelp("The customer's user_id.", valueName: "id"))
        var id: String

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if id.isEmpty { throw ValidationError("records show needs a customer id, not an empty string.") }
        }

        func run() throws {
            let record: CustomerRecord
            let path: String
            do {
                let db = try store.open(now: Date())
                path = db.path
                guard let found = try db.record(id: id) else {
                    throw CommandLineError.fail("no customer \"\(id)\" in \(path)")
                }
                record = found
            } catch let error as StoreError {
                throw CommandLineError.fail(error)
            }
            do {
                print(try PrettyJSON.encode(record))
            } catch {
                throw CommandLineError.fail("customer \"\(id)\" in \(path): cannot be printed (\(error))")
            }
        }
    }
}
