import GRDB
import GRDBSQLite

extension StoreError {
    /// The one place SQLite and GRDB errors become sentences naming the database path.
    static func sqlite(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else {
            return StoreError(kind: .storage, description: "\(path): \(error)")
        }
        return sqlite(code: error.extendedResultCode.rawValue, message: error.message, path: path)
    }

    /// The sentence for SQLite result code `code` (primary or extended) and its message.
    static func sqlite(code: Int32, message: String?, path: String) -> StoreError {
        let message = message ?? "SQLite error \(code)"
        switch code & 0xFF {
        case SQLITE_NOTADB, SQLITE_CORRUPT:
            return notADatabase(path: path, reason: message)
        case SQLITE_PERM, SQLITE_READONLY, SQLITE_AUTH:
            return StoreError(kind: .permissionDenied, description: "\(path): cannot be written (\(message))")
        case SQLITE_CANTOPEN:
            return StoreError(kind: .permissionDenied, description: "\(path): cannot be opened (\(message))")
        case SQLITE_BUSY, SQLITE_LOCKED:
            return StoreError(kind: .busy,
                              description: "\(path): is locked by another process (waited \(Int(SQLiteRecordStore.busyTimeout)) s)")
        default:
            return StoreError(kind: .storage, description: "\(path): \(message)")
        }
    }

    /// `/x/db.sqlite: is not an explainer database (file is not a database)`.
    static func notADatabase(path: String, reason: String) -> StoreError {
        StoreError(kind: .notADatabase, description: "\(path): is not an explainer database (\(reason))")
    }
}
