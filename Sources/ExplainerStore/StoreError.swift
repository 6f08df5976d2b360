import ExplainerCore

/// Why the record store could not do what was asked, as one sentence naming the
/// database path, the file or the field.
///
/// Front ends print `description` after `error: ` and exit non-zero; the socket
/// server maps ``kind`` to its product error codes. Examples of `description`:
///
/// ```
/// /x/db.sqlite: is not an explainer database (file is not a database)
/// customers/li.json: loans[2].due_at: "2026-13-01" is not an ISO 8601 date
/// /nope/db.sqlite: directory /nope does not exist
/// ```
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is; compare against the static members of ``Kind``.
    public let kind: Kind
    /// The whole sentence a user sees.
    public let description: String
    /// The field-level problem when ``kind`` is ``Kind/invalidRecord``.
    public let recordError: RecordError?

    /// Makes an error of `kind` with the sentence `description`.
    public init(kind: Kind, description: String, recordError: RecordError? = nil) {
        self.kind = kind
        self.description = description
        self.recordError = recordError
    }

    /// The kinds of store failure. A struct around a private enum, so kinds can be added
    /// without breaking callers that switch on them.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case notADatabase, schemaTooNew, permissionDenied, missingDirectory, isDirectory
            case invalidRecord, duplicateRecord, unreadableFile, busy, corruptRow, storage
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        public var description: String { base.rawValue }

        /// The file exists but is not an explainer database (garbage bytes, another application's database).
        public static let notADatabase = Kind(.notADatabase)
        /// The database was written by a newer build with a schema this build does not know.
        public static let schemaTooNew = Kind(.schemaTooNew)
        /// The database file or its directory cannot be read or written.
        public static let permissionDenied = Kind(.permissionDenied)
        /// The directory that should hold the database does not exist.
        public static let missingDirectory = Kind(.missingDirectory)
        /// The database path names a directory.
        public static let isDirectory = Kind(.isDirectory)
        /// A record failed validation; ``StoreError/recordError`` names the field.
        public static let invalidRecord = Kind(.invalidRecord)
        /// One import batch holds the same `user_id` twice.
        public static let duplicateRecord = Kind(.duplicateRecord)
        /// A record file could not be read (missing, unreadable).
        public static let unreadableFile = Kind(.unreadableFile)
        /// Another process held the database locked for longer than the busy timeout.
        public static let busy = Kind(.busy)
        /// A stored row could not be read back (edited by hand, or damaged).
        public static let corruptRow = Kind(.corruptRow)
        /// Any other SQLite failure (disk full, I/O error).
        public static let storage = Kind(.storage)
    }
}

extension StoreError {
    /// A record that failed validation: `li.json: loans[0].amount: is required but missing`.
    public static func invalidRecord(_ error: RecordError) -> StoreError {
        StoreError(kind: .invalidRecord, description: error.description, recordError: error)
    }

    /// A record file that could not be read: `customers/li.json: cannot be read (no such file)`.
    public static func unreadableFile(_ source: String, reason: String) -> StoreError {
        StoreError(kind: .unreadableFile, description: "\(source): cannot be read (\(reason))")
    }

    /// The same id twice in one batch: `b.json: user_id: "u-1" is also in a.json`.
    public static func duplicateRecord(userID: String, source: String, firstSource: String) -> StoreError {
        StoreError(kind: .duplicateRecord,
                   description: "\(source): user_id: \"\(userID)\" is also in \(firstSource) (one batch may hold each customer once)")
    }
}
