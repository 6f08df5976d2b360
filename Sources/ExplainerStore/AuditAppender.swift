import GRDBSQLite
import Synchronization

/// The store's hot write — audit entries appended in one transaction — on an SQLite
/// connection of its own, with its statements prepared once.
///
/// A socket server commits audit entries many times a second (one transaction per batch of
/// answers). Through GRDB each commit parsed `BEGIN`/`COMMIT`, looked its insert up in the
/// statement cache and boxed every argument; here the four statements are prepared when the
/// connection opens and arguments are bound straight from the entries. The connection is
/// opened on the first append (commands that never append never open it), syncs as the
/// store's ``AuditSync`` says, and is used by one caller at a time (a lock).
///
/// It is a second writer on the file beside the store's `DatabasePool`: SQLite lets one
/// write at a time, and each waits up to ``SQLiteRecordStore/busyTimeout`` for the other.
final class AuditAppender: Sendable {
    private let path: String
    private let sync: AuditSync
    private let connection = Mutex<AppendConnection?>(nil)

    init(path: String, sync: AuditSync) {
        self.path = path
        self.sync = sync
    }

    /// Commits `entries` in one transaction: all of them or, on an error, none.
    func append(_ entries: [AuditEntry]) throws(StoreError) {
        try withConnection { (connection) throws(StoreError) in try connection.append(entries) }
    }

    /// The connection's `PRAGMA synchronous` (2 FULL, 1 NORMAL), for tests.
    func synchronous() throws(StoreError) -> Int32 {
        try withConnection { (connection) throws(StoreError) in try connection.synchronous() }
    }

    private func withConnection<T>(_ body: (AppendConnection) throws(StoreError) -> T) throws(StoreError) -> T {
        try connection.withLock { (connection) throws(StoreError) -> T in
            if let open = connection { return try body(open) }
            let open = try AppendConnection(path: path, sync: sync)
            connection = open
            return try body(open)
        }
    }
}

/// One SQLite connection and the statements of an append. Used by one thread at a time: only
/// under ``AuditAppender``'s lock, which is why it may cross threads.
private final class AppendConnection: @unchecked Sendable {
    private let path: String
    private let db: OpaquePointer
    private let begin: OpaquePointer
    private let insert: OpaquePointer
    private let commit: OpaquePointer
    private let rollback: OpaquePointer

    /// SQLite copies bound text before `sqlite3_bind_text` returns (its `SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    init(path: String, sync: AuditSync) throws(StoreError) {
        self.path = path
        let handle = try SQLiteHandle.open(path)
        var statements: [OpaquePointer] = []
        func fail(_ rc: Int32) -> StoreError {
            let error = StoreError.sqlite(code: rc, message: String(cString: sqlite3_errmsg(handle)), path: path)
            for statement in statements { sqlite3_finalize(statement) }
            sqlite3_close_v2(handle)
            return error
        }
        let rc = sqlite3_exec(handle, "PRAGMA synchronous = \(sync.pragma)", nil, nil, nil)
        guard rc == SQLITE_OK else { throw fail(rc) }
        for sql in ["BEGIN IMMEDIATE", """
            INSERT INTO audit_entry (time, recorded_at, channel, user_id, session_id, question, intent,
                                     reasons, model_version, knowledge_digest)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """, "COMMIT", "ROLLBACK"] {
            var prepared: OpaquePointer?
            let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
            guard rc == SQLITE_OK, let prepared else { throw fail(rc) }
            statements.append(prepared)
        }
        self.db = handle
        (begin, insert, commit, rollback) = (statements[0], statements[1], statements[2], statements[3])
    }

    deinit {
        for statement in [begin, insert, commit, rollback] { sqlite3_finalize(statement) }
        sqlite3_close_v2(db)
    }

    func append(_ entries: [AuditEntry]) throws(StoreError) {
        try run(begin)
        do {
            for entry in entries { try insert(entry) }
            try run(commit)
        } catch {
            // A failed COMMIT may already have ended the transaction (then there is nothing to roll back).
            if sqlite3_get_autocommit(db) == 0 { try? run(rollback) }
            throw error
        }
    }

    private func insert(_ entry: AuditEntry) throws(StoreError) {
        defer { sqlite3_clear_bindings(insert) }
        var rc = sqlite3_bind_int64(insert, 1, Milliseconds.of(entry.time))
        if rc == SQLITE_OK { rc = sqlite3_bind_int64(insert, 2, Milliseconds.of(entry.recordedAt)) }
        if rc == SQLITE_OK { rc = bind(entry.channel.rawValue, at: 3) }
        if rc == SQLITE_OK { rc = bind(entry.userID, at: 4) }
        if rc == SQLITE_OK { rc = bind(entry.sessionID, at: 5) }
        if rc == SQLITE_OK { rc = bind(entry.question, at: 6) }
        if rc == SQLITE_OK { rc = bind(entry.intent, at: 7) }
        if rc == SQLITE_OK { rc = bind(entry.reasons.map(\.rawValue).joined(separator: ","), at: 8) }
        if rc == SQLITE_OK { rc = bind(entry.modelVersion, at: 9) }
        if rc == SQLITE_OK { rc = bind(entry.knowledgeDigest, at: 10) }
        guard rc == SQLITE_OK else { throw error(rc) }
        try run(insert)
    }

    /// Binds `text` (NULL when nil) as parameter `index`.
    private func bind(_ text: String?, at index: Int32) -> Int32 {
        guard var text else { return sqlite3_bind_null(insert, index) }
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return sqlite3_bind_text(insert, index, "", 0, Self.transient) }
            return sqlite3_bind_text(insert, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                     Int32(bytes.count), Self.transient)
        }
    }

    /// Steps `statement` to its end and resets it.
    private func run(_ statement: OpaquePointer) throws(StoreError) {
        let rc = sqlite3_step(statement)
        let failure = rc == SQLITE_DONE ? nil : error(rc)
        sqlite3_reset(statement)
        if let failure { throw failure }
    }

    func synchronous() throws(StoreError) -> Int32 {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v2(db, "PRAGMA synchronous", -1, &statement, nil)
        defer { sqlite3_finalize(statement) }
        guard rc == SQLITE_OK, let statement, sqlite3_step(statement) == SQLITE_ROW else { throw error(sqlite3_errcode(db)) }
        return sqlite3_column_int(statement, 0)
    }

    private func error(_ rc: Int32) -> StoreError {
        StoreError.sqlite(code: rc, message: String(cString: sqlite3_errmsg(db)), path: path)
    }
}
