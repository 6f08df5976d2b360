import ExplainerCore
import Foundation
import GRDB

extension SQLiteRecordStore {
    /// Opens the database at `path`, creating it when it does not exist.
    ///
    /// Commits (audit appends included) sync the disk as `auditSync` says (``AuditSync``).
    ///
    /// A **new** database (no file, an empty file, or an SQLite file with no tables)
    /// gets its schema and the records `seed` returns in one transaction; `seed` is
    /// called only then, so an existing database is never re-seeded or overwritten.
    /// Seed records are validated like any import and stamped `now`.
    ///
    /// An existing file is first inspected through a read-only connection and is
    /// never changed when it is refused. Errors (``StoreError``), for example:
    /// - `/x/db.sqlite: is not an explainer database (file is not a database)`
    /// - `/x/db.sqlite: was written by a newer explainer (schema version 3; this build reads up to 1)`
    /// - `/x/db.sqlite: directory /x does not exist` (when `createDirectories` is false)
    /// - `/x/db.sqlite: cannot be read (permission denied)`
    public static func open(
        path: String, createDirectories: Bool = false, now: Date, auditSync: AuditSync = .full,
        seed: () throws(StoreError) -> [(source: String, record: CustomerRecord)] = { [] }
    ) throws(StoreError) -> SQLiteRecordStore {
        let exists = try DatabaseFile.prepare(path, createDirectories: createDirectories)
        let state = exists ? try DatabaseProbe.inspect(path) : .empty
        let seeds = state == .empty ? try CanonicalRecord.batch(seed()) : []
        let pool = try makePool(path, sync: auditSync)
        try migrate(pool, path: path, seeds: seeds, now: now)
        return SQLiteRecordStore(path: path, pool: pool, auditSync: auditSync)
    }

    private static func makePool(_ path: String, sync: AuditSync) throws(StoreError) -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "explainer.store"
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            // GRDB's WAL set-up picks synchronous = NORMAL; by default the audit log promises
            // that an appended entry survives a power cut, so every commit syncs the WAL.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = \(sync.pragma)") }
            return pool
        } catch {
            throw StoreError.sqlite(error, path: path)
        }
    }

    private static func migrate(_ pool: DatabasePool, path: String, seeds: [CanonicalRecord],
                                now: Date) throws(StoreError) {
        let migrator = SQLiteSchema.migrator { db in _ = try insert(seeds, at: now, into: db) }
        do {
            try migrator.migrate(pool)
        } catch {
            // Another process may have created the schema between our check and our
            // migration; its database is as good as ours.
            let completed = (try? pool.read { try migrator.hasCompletedMigrations($0) }) ?? false
            if !completed { throw StoreError.sqlite(error, path: path) }
        }
    }
}
