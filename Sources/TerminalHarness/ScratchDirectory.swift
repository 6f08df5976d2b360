import Foundation

/// A fresh directory under the system's temporary directory, removed by ``remove()``.
public struct ScratchDirectory: Sendable {
    /// The directory's absolute path (short, so a Unix socket path inside it fits in 108 bytes).
    public let path: String

    /// Creates `/tmp/<prefix>-XXXXXX` (mode 700).
    public init(prefix: String) throws {
        var template = Array("/tmp/\(prefix)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw TerminalHarnessError("Cannot create a temporary directory in /tmp (\(String(cString: strerror(errno)))).")
        }
        path = String(cString: made)
    }

    /// Deletes the directory and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
