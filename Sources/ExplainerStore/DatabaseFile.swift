import Foundation

/// Checks on the database path made before SQLite touches it, so that every
/// problem gets a sentence naming the path instead of SQLite's "unable to open".
enum DatabaseFile {
    /// Whether the file is there (and is a file); creates or refuses a missing directory.
    ///
    /// - Returns: `true` when the file exists.
    static func prepare(_ path: String, createDirectories: Bool) throws(StoreError) -> Bool {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw StoreError(kind: .isDirectory, description: "\(path): is a directory, not a database file")
            }
            guard files.isReadableFile(atPath: path) else {
                throw StoreError(kind: .permissionDenied, description: "\(path): cannot be read (permission denied)")
            }
            guard files.isWritableFile(atPath: path) else {
                throw StoreError(kind: .permissionDenied, description: "\(path): cannot be written (permission denied)")
            }
            return true
        }
        try prepareDirectory(of: path, create: createDirectories)
        return false
    }

    private static func prepareDirectory(of path: String, create: Bool) throws(StoreError) {
        let parent = (path as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw StoreError(kind: .missingDirectory, description: "\(path): \(directory) is not a directory")
            }
            guard files.isWritableFile(atPath: directory) else {
                throw StoreError(kind: .permissionDenied,
                                 description: "\(path): cannot be created (directory \(directory) is not writable)")
            }
            return
        }
        guard create else {
            throw StoreError(kind: .missingDirectory, description: "\(path): directory \(directory) does not exist")
        }
        do {
            try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError(kind: .permissionDenied,
                             description: "\(path): cannot create directory \(directory) (\(error.localizedDescription))")
        }
    }
}
