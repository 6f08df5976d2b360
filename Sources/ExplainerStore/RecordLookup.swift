import GRDBSQLite
import Synchronization

/// The store's hot read — one customer's stored JSON by user id — on SQLite connections of
/// its own, each with the query prepared once.
///
/// GRDB's `DatabasePool` read costs a reader checkout, a lock and a dispatch-queue hop on
/// every call; a server looks a record up for every request, so this path talks to SQLite
/// directly. Connections are checked out one caller at a time (a lock around a list of idle
/// ones), opened when every existing one is busy, and kept: there are about as many as
/// threads that look records up at once. Each runs the query in its own implicit read
/// transaction, so in WAL mode it never waits for a writer and always sees the last commit.
///
/// ```swift
/// let lookup = RecordLookup(path: "/x/db.sqlite")
/// let name = try lookup.withJSON(of: "u-1") { json in json.count }  // nil when there is no such user
/// ```
final class RecordLookup: Sendable {
    private let path: String
    private let idle = Mutex<[LookupConnection]>([])
    /// Idle connections kept beyond this are closed.
    private static let maximumIdle = 16

    init(path: String) {
        self.path = path
    }

    /// Calls `body` with the stored JSON of `id`'s record (valid only during the call), or
    /// returns nil when no record has that id. Errors name the database path.
    func withJSON<T>(of id: String, _ body: (UnsafeRawBufferPointer) throws(StoreError) -> T) throws(StoreError) -> T? {
        let connection = try checkOut()
        defer { checkIn(connection) }
        return try connection.withJSON(of: id, body)
    }

    private func checkOut() throws(StoreError) -> LookupConnection {
        if let connection = idle.withLock({ $0.popLast() }) { return connection }
        return try LookupConnection(path: path)
    }

    private func checkIn(_ connection: LookupConnection) {
        idle.withLock { connections in
            if connections.count < Self.maximumIdle { connections.append(connection) }
        }
    }
}

/// One SQLite connection and its prepared lookup statement. Used by one thread at a time:
/// ``RecordLookup`` hands it out under its lock, which is why it may cross threads.
private final class LookupConnection: @unchecked Sendable {
    private let path: String
    private let db: OpaquePointer
    private let statement: OpaquePointer

    init(path: String) throws(StoreError) {
        self.path = path
        let handle = try SQLiteHandle.open(path)
        var prepared: OpaquePointer?
        var rc = sqlite3_exec(handle, "PRAGMA query_only = 1", nil, nil, nil)
        if rc == SQLITE_OK {
            rc = sqlite3_prepare_v3(handle, "SELECT record_json FROM customer_record WHERE user_id = ?1", -1,
                                    UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
        }
        guard rc == SQLITE_OK, let prepared else {
            let error = StoreError.sqlite(code: rc, message: String(cString: sqlite3_errmsg(handle)), path: path)
            sqlite3_close_v2(handle)
            throw error
        }
        self.db = handle
        self.statement = prepared
    }

    deinit {
        sqlite3_finalize(statement)
        sqlite3_close_v2(db)
    }

    func withJSON<T>(of id: String, _ body: (UnsafeRawBufferPointer) throws(StoreError) -> T) throws(StoreError) -> T? {
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        var key = id
        let rc = key.withUTF8 { bytes in
            let bound = sqlite3_bind_text(statement, 1, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
                                          Int32(bytes.count), nil)
            return bound == SQLITE_OK ? sqlite3_step(statement) : bound
        }
        switch rc {
        case SQLITE_ROW:
            let count = Int(sqlite3_column_bytes(statement, 0))
            let bytes = sqlite3_column_blob(statement, 0)
            return try body(UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : count))
        case SQLITE_DONE:
            return nil
        default:
            throw StoreError.sqlite(code: rc, message: String(cString: sqlite3_errmsg(db)), path: path)
        }
    }
}
