import ExplainerCore
import Foundation

/// The record store every command opens: `--db`, `EXPLAINER_DB` or the XDG default
/// (see ``StoreLocation``), created on first use and seeded with the demo customers.
///
/// ```swift
/// let store = try DefaultStore.open(db: db, environment: ProcessInfo.processInfo.environment,
///                                   seedDirectory: DefaultStore.demoSeedDirectory(), now: now)
/// ```
public enum DefaultStore {
    /// The demo customers, relative to the current directory.
    public static let demoSeedPath = "examples/customers"

    /// Opens (creating when new) the store the options and environment name.
    ///
    /// A **new** database, wherever it is, is seeded with every `*.json` file in
    /// `seedDirectory` (when given and present); an existing one is never re-seeded.
    /// Only the default location gets missing directories created; for `--db` or
    /// `EXPLAINER_DB` a missing directory is an error
    /// (`/nope/db.sqlite: directory /nope does not exist`). A bad seed file fails the
    /// open with its file and field, and the database stays empty (it is seeded on the
    /// next open that succeeds).
    public static func open(db: String?, environment: [String: String], seedDirectory: URL?,
                            now: Date, auditSync: AuditSync = .full) throws(StoreError) -> SQLiteRecordStore {
        let location = StoreLocation.resolve(db: db, environment: environment)
        return try SQLiteRecordStore.open(path: location.path, createDirectories: location.createsMissingDirectories,
                                          now: now, auditSync: auditSync) { () throws(StoreError) in
            guard let seedDirectory, directoryExists(seedDirectory.relativePath) else { return [] }
            return try RecordFile.read(directory: seedDirectory.relativePath)
        }
    }

    /// `examples/customers` when that directory exists under the current directory, else `nil`.
    public static func demoSeedDirectory() -> URL? {
        directoryExists(demoSeedPath) ? URL(fileURLWithPath: demoSeedPath) : nil
    }

    private static func directoryExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
