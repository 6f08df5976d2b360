import NIOCore
#if canImport(Glibc)
import Glibc
#endif

extension PeerCredentials {
    /// The kernel's `struct ucred`, as SO_PEERCRED fills it.
    private struct UCred: Sendable {
        var pid: Int32 = 0
        var uid: UInt32 = 0
        var gid: UInt32 = 0
    }

    /// Reads the peer of a Unix socket channel with SO_PEERCRED; `nil` where unsupported.
    static func read(from channel: any Channel) -> EventLoopFuture<PeerCredentials?> {
        #if os(Linux)
        guard let provider = channel as? any SocketOptionProvider else {
            return channel.eventLoop.makeSucceededFuture(nil)
        }
        let option = NIOBSDSocket.Option(rawValue: SO_PEERCRED)
        let future: EventLoopFuture<UCred> = provider.unsafeGetSocketOption(level: .socket, name: option)
        return future
            .map { PeerCredentials(pid: $0.pid, uid: $0.uid, gid: $0.gid) }
            .recover { _ in nil }
        #else
        return channel.eventLoop.makeSucceededFuture(nil)
        #endif
    }
}
