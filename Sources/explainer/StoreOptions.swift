import ArgumentParser
import ExplainerStore
import Foundation

/// `--db PATH`, shared by every command that reads customers.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The record store's database file (default: $EXPLAINER_DB, else the XDG data directory).",
        valueName: "path"))
    var db: String?

    func validate() throws {
        if let db, db.isEmpty { throw ValidationError("--db needs a path to a database file, not an empty string.") }
    }

    /// The path the store is at, for messages.
    var path: String { StoreLocation.resolve(db: db, environment: ProcessInfo.processInfo.environment).path }

    /// Opens the store, creating and seeding it (from ./examples/customers) when new.
    func open(now: Date, auditSync: AuditSync = .full) throws(StoreError) -> SQLiteRecordStore {
        try DefaultStore.open(db: db, environment: ProcessInfo.processInfo.environment,
                              seedDirectory: DefaultStore.demoSeedDirectory(), now: now, auditSync: auditSync)
    }
}

extension AuditSync: ExpressibleByArgument {}
