#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The socket file's life outside NIO: refusing a live server's path, replacing a stale
/// file, creating it `0600`, then applying the configured mode and group.
enum SocketFile {
    /// What is at a socket path before binding.
    enum Occupant: Equatable {
        case nothing
        case liveServer
        case staleSocket
        case notASocket
    }

    /// Looks at `path`: a socket that accepts a connect is a live server; one that refuses is stale.
    static func occupant(of path: String) -> Occupant {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .nothing }
        guard (info.st_mode & S_IFMT) == S_IFSOCK else { return .notASocket }
        return probeConnect(path) ? .liveServer : .staleSocket
    }

    /// Makes `path` free for a new server, or says why it will not.
    static func prepare(_ path: String) throws(ServerError) {
        let limit = MemoryLayout.size(ofValue: sockaddr_un().sun_path) - 1
        guard path.utf8.count <= limit else { throw .pathTooLong(path, limit: limit) }
        switch occupant(of: path) {
        case .nothing: return
        case .liveServer: throw .socketInUse(path)
        case .notASocket: throw .notASocket(path)
        case .staleSocket:
            guard unlink(path) == 0 || errno == ENOENT else { throw .system("remove stale socket", path, errno: errno) }
        }
    }

    /// Sets the socket's mode and, when given, its group.
    static func applyPermissions(_ path: String, mode: mode_t, groupID: gid_t?) throws(ServerError) {
        if let groupID, chown(path, uid_t.max, groupID) != 0 {
            throw .system("change the group of", path, errno: errno)
        }
        guard chmod(path, mode) == 0 else { throw .system("change the mode of", path, errno: errno) }
    }

    /// Removes the socket file if it is still a socket (not someone else's file put there since).
    static func remove(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFSOCK else { return }
        unlink(path)
    }

    /// Runs `body` with the process umask set so new files get at most `mode`.
    static func withUmask<T>(allowing mode: mode_t, _ body: () async throws -> T) async rethrows -> T {
        let previous = umask(~mode & 0o777)
        defer { umask(previous) }
        return try await body()
    }

    /// True when something accepts a connection on `path`.
    private static func probeConnect(_ path: String) -> Bool {
        #if canImport(Glibc)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        // EAGAIN: a listener whose backlog is full is still alive.
        return result == 0 || errno == EAGAIN
    }
}
