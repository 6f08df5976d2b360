import ArgumentParser
import ExplainerCore
import ExplainerStore
import Foundation

/// Which customer: `--user ID` from the record store, or `--record FILE`.
struct CustomerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read the customer with this id from the record store.", valueName: "id"))
    var user: String?

    @Option(help: ArgumentHelp("Read the customer from this JSON record file.", valueName: "file"))
    var record: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if user != nil && record != nil { throw ValidationError("Give either --user or --record, not both.") }
        if let user, user.isEmpty { throw ValidationError("--user needs a customer id.") }
    }

    /// The customer, or nil when neither option was given; errors print and exit 1.
    func load(now: Date) throws -> CustomerRecord? {
        if let record {
            guard let data = FileManager.default.contents(atPath: record) else {
                throw CommandLineError.fail("\(record): cannot be read (missing or not permitted)")
            }
            do { return try RecordDecoder.decode(data, source: record) } catch { throw CommandLineError.fail(error) }
        }
        guard let user else { return nil }
        return try Self.customer(user, in: openStore(now: now))
    }

    /// The customer `id` from `store`; an unknown id or a store error prints and exits 1.
    static func customer(_ id: String, in store: SQLiteRecordStore) throws -> CustomerRecord {
        let found: CustomerRecord?
        do { found = try store.record(id: id) } catch { throw CommandLineError.fail(error) }
        guard let found else { throw CommandLineError.fail("no customer \"\(id)\" in \(store.path)") }
        return found
    }

    func openStore(now: Date) throws -> SQLiteRecordStore {
        do { return try store.open(now: now) } catch { throw CommandLineError.fail(error) }
    }
}
