import GRDB

/// The SQLite schema, as versioned migrations (GRDB `DatabaseMigrator`).
///
/// Each step is applied once, in order, in its own transaction; `grdb_migrations`
/// records which ones ran and `PRAGMA user_version` mirrors the newest. To change
/// the schema, append a step (never edit a shipped one) and raise nothing else:
/// a database written by a newer build is refused as ``StoreError/Kind/schemaTooNew``.
enum SQLiteSchema {
    /// `PRAGMA application_id` of every explainer database ("EXPL"); a SQLite file
    /// without it and with tables of its own belongs to someone else and is never touched.
    static let applicationID: Int32 = 0x4558_504C

    /// The schema version this build writes and reads.
    static var version: Int { steps.count }

    /// The migration steps, oldest first; step `i` leaves `user_version = i + 1`.
    static let steps: [(id: String, migrate: @Sendable (Database) throws -> Void)] = [
        ("v1", createV1),
    ]

    /// The migrator; `seed` runs inside the transaction of the last step, so a new
    /// database gets its schema and its seed records together.
    static func migrator(seed: @escaping @Sendable (Database) throws -> Void) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (index, step) in steps.enumerated() {
            let isLast = index == steps.count - 1
            migrator.registerMigration(step.id) { db in
                try step.migrate(db)
                try db.execute(sql: "PRAGMA user_version = \(index + 1)")
                if isLast { try seed(db) }
            }
        }
        return migrator
    }

    private static func createV1(_ db: Database) throws {
        try db.execute(sql: """
            PRAGMA application_id = \(applicationID);
            CREATE TABLE customer_record (
                user_id      TEXT    NOT NULL PRIMARY KEY,
                display_name TEXT,
                record_json  TEXT    NOT NULL,  -- canonical JSON, sorted keys
                source       TEXT    NOT NULL,  -- the file it was imported from
                imported_at  INTEGER NOT NULL   -- milliseconds since 1970
            );
            CREATE TABLE platform_status (
                id          INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
                status_json TEXT    NOT NULL
            );
            CREATE TABLE audit_entry (
                id               INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                time             INTEGER NOT NULL,  -- the request's now, ms since 1970
                recorded_at      INTEGER NOT NULL,  -- ms since 1970
                channel          TEXT    NOT NULL,
                user_id          TEXT    NOT NULL,
                session_id       TEXT,
                question         TEXT,
                intent           TEXT,
                reasons          TEXT    NOT NULL,  -- reason codes, comma-separated, in rank order
                model_version    TEXT    NOT NULL,
                knowledge_digest TEXT    NOT NULL
            );
            CREATE INDEX audit_entry_by_user_time ON audit_entry (user_id, time);
            CREATE INDEX audit_entry_by_time ON audit_entry (time);
            """)
    }
}
