import GRDB

/// Looks at an existing file through a read-only connection before anything may
/// write to it: garbage, another application's database or a newer schema is
/// refused, and the file is left byte-for-byte as it was.
enum DatabaseProbe {
    enum State: Equatable {
        /// An empty SQLite file (0 bytes, or no tables yet): to be created and seeded.
        case empty
        /// An explainer database this build can read.
        case explainer
    }

    static func inspect(_ path: String) throws(StoreError) -> State {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(SQLiteRecordStore.busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            return try queue.read { db in try classify(db, path: path) }
        } catch {
            throw StoreError.sqlite(error, path: path)
        }
    }

    private static func classify(_ db: Database, path: String) throws -> State {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table'
            AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations' ORDER BY name
            """)
        if applicationID == SQLiteSchema.applicationID {
            let superseded = try SQLiteSchema.migrator(seed: { _ in }).hasBeenSuperseded(db)
            if superseded || version > SQLiteSchema.version {
                throw StoreError(kind: .schemaTooNew, description: """
                    \(path): was written by a newer explainer (schema version \(version); \
                    this build reads up to \(SQLiteSchema.version))
                    """)
            }
            return .explainer
        }
        if applicationID == 0 && tables.isEmpty { return .empty }
        let owner = applicationID == 0
            ? "it is an SQLite database with other tables: \(tables.prefix(3).joined(separator: ", "))"
            : "it is an SQLite database of another application (application id \(applicationID))"
        throw StoreError.notADatabase(path: path, reason: owner)
    }
}
