import GRDBSQLite

/// Raw SQLite connections for the store's two hot paths (``RecordLookup``, ``AuditAppender``),
/// which skip GRDB for speed.
enum SQLiteHandle {
    /// Opens `path` read-write (never creating it), used by one thread at a time, waiting up to
    /// ``SQLiteRecordStore/busyTimeout`` for other writers. Errors name the path.
    static func open(_ path: String) throws(StoreError) -> OpaquePointer {
        var handle: OpaquePointer?
        let opened = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
        guard opened == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(handle)
            throw StoreError.sqlite(code: opened, message: message, path: path)
        }
        sqlite3_busy_timeout(handle, Int32(SQLiteRecordStore.busyTimeout * 1000))
        return handle
    }
}
