import ExplainerCore
import Foundation
import GRDB

/// The product's record store and audit log: one SQLite file (WAL mode) through a
/// GRDB `DatabasePool`, so readers never wait for a writer.
///
/// Open it with ``open(path:createDirectories:now:seed:)`` (or, from a command,
/// ``DefaultStore/open(db:environment:seedDirectory:now:)``). Records are kept as
/// their canonical JSON; every import is one transaction. Several processes may
/// use one file at once: a writer waits up to ``busyTimeout`` seconds for another.
public final class SQLiteRecordStore: RecordStore, AuditLog {
    /// Seconds a writer waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 10

    /// Most decoded records kept in memory (with their stored JSON) to skip decoding on lookups.
    public static let decodedRecordCapacity = 10_000

    /// The database file's path, as given to ``open(path:createDirectories:now:seed:)``.
    public let path: String
    let pool: DatabasePool
    /// Records decoded by ``record(id:)``, reused while the stored JSON is unchanged.
    let decoded = DecodedRecordCache(capacity: SQLiteRecordStore.decodedRecordCapacity)
    /// ``record(id:)``'s own connections (the pool's reads cost more than the query).
    let lookup: RecordLookup
    /// ``appendAudit(contentsOf:)``'s own connection (syncing as the store was opened to).
    let appender: AuditAppender

    init(path: String, pool: DatabasePool, auditSync: AuditSync) {
        self.path = path
        self.pool = pool
        self.lookup = RecordLookup(path: path)
        self.appender = AuditAppender(path: path, sync: auditSync)
    }

    /// The row is read on every lookup (one indexed read; WAL readers never wait), so a record
    /// changed by any connection or process is seen at once; decoding is skipped while the
    /// stored JSON is the one already decoded.
    public func record(id: String) throws(StoreError) -> CustomerRecord? {
        let decoded = self.decoded, path = self.path
        return try lookup.withJSON(of: id) { (json) throws(StoreError) -> CustomerRecord in
            if let cached = decoded.record(id: id, json: json) { return cached }
            let record = try CanonicalRecord.decodeStored(String(decoding: json, as: UTF8.self), userID: id, store: path)
            decoded.insert(record, json: Array(json), id: id)
            return record
        }
    }

    public func list() throws(StoreError) -> [RecordSummary] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT user_id, display_name, imported_at FROM customer_record ORDER BY user_id")
                .map { row in
                    RecordSummary(userID: row["user_id"], displayName: row["display_name"],
                                  importedAt: Milliseconds.date(row["imported_at"]))
                }
        }
    }

    public func userIDs() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT user_id FROM customer_record ORDER BY user_id") }
    }

    public func importRecords(_ records: [(source: String, record: CustomerRecord)],
                              at importedAt: Date) throws(StoreError) -> ImportSummary {
        let batch = try CanonicalRecord.batch(records)
        return try write { db in try Self.insert(batch, at: importedAt, into: db) }
    }

    public func platformStatus() throws(StoreError) -> PlatformStatus? {
        let json = try read { db in try String.fetchOne(db, sql: "SELECT status_json FROM platform_status WHERE id = 1") }
        guard let json else { return nil }
        return try PlatformJSON.decode(json, store: path)
    }

    public func setPlatformStatus(_ status: PlatformStatus?) throws(StoreError) {
        let json = try status.map { status throws(StoreError) in try PlatformJSON.encode(status) }
        try write { db in
            if let json {
                try db.execute(sql: """
                    INSERT INTO platform_status (id, status_json) VALUES (1, ?)
                    ON CONFLICT (id) DO UPDATE SET status_json = excluded.status_json
                    """, arguments: [json])
            } else {
                try db.execute(sql: "DELETE FROM platform_status")
            }
        }
    }

    /// Inserts or replaces validated records; shared by imports and seeding.
    static func insert(_ batch: [CanonicalRecord], at importedAt: Date, into db: Database) throws -> ImportSummary {
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM customer_record WHERE user_id = ?")
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO customer_record (user_id, display_name, record_json, source, imported_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET display_name = excluded.display_name,
                record_json = excluded.record_json, source = excluded.source, imported_at = excluded.imported_at
            """)
        var replaced = 0
        for item in batch {
            let id = item.record.userID
            if try Bool.fetchOne(exists, arguments: [id]) != nil { replaced += 1 }
            try upsert.execute(arguments: [id, item.record.displayName, item.json, item.source,
                                           Milliseconds.of(importedAt)])
        }
        return ImportSummary(userIDs: batch.map(\.record.userID), inserted: batch.count - replaced, replaced: replaced)
    }

    /// A read, with errors as sentences naming the path.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch { throw StoreError.sqlite(error, path: path) }
    }

    /// A write in one `BEGIN IMMEDIATE` transaction (waits for other writers up to
    /// the busy timeout instead of failing when a read turns into a write).
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw StoreError(kind: .storage, description: "\(path): transaction did not run") }
                return result
            }
        } catch {
            throw StoreError.sqlite(error, path: path)
        }
    }
}
