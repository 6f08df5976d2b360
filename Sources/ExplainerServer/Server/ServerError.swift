import Foundation
import NIOCore

/// Why the server could not start: one sentence naming the socket path and what to do.
///
/// The command line prints `description` and exits non-zero. Examples:
/// `another server is already listening on /run/explainer.sock; stop it or choose another --socket path`,
/// `/tmp/x exists and is not a socket; refusing to replace it`,
/// `--socket-mode 999 is not an octal file mode such as 0600 or 0660`.
public struct ServerError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }

    static func socketInUse(_ path: String) -> ServerError {
        ServerError("another server is already listening on \(path); stop it or choose another --socket path")
    }

    static func notASocket(_ path: String) -> ServerError {
        ServerError("\(path) exists and is not a socket; refusing to replace it")
    }

    static func pathTooLong(_ path: String, limit: Int) -> ServerError {
        ServerError("socket path \(path) is \(path.utf8.count) bytes; a Unix socket path may have at most \(limit)")
    }

    static func system(_ action: String, _ path: String, errno code: Int32) -> ServerError {
        ServerError("cannot \(action) \(path): \(SystemText.errorString(code))")
    }

    /// `cannot listen on /nope/x.sock: directory /nope does not exist`, `… : Permission denied`.
    static func bindFailed(_ path: String, _ error: any Error) -> ServerError {
        guard let io = error as? IOError else { return ServerError("cannot listen on \(path): \(error)") }
        if io.errnoCode == ENOENT {
            let directory = (path as NSString).deletingLastPathComponent
            return ServerError("cannot listen on \(path): directory \(directory.isEmpty ? "." : directory) does not exist")
        }
        return system("listen on", path, errno: io.errnoCode)
    }

    static func invalidMode(_ text: String) -> ServerError {
        ServerError("--socket-mode \(text) is not an octal file mode such as 0600 or 0660")
    }

    static func unknownGroup(_ name: String) -> ServerError {
        ServerError("--socket-group \(name) is not a group on this machine")
    }
}
