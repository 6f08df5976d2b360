import Logging

/// What the dispatcher needs to know about the connection a line came from.
public struct ConnectionInfo: Sendable {
    /// The connection's number in log lines; `nil` for work not tied to a connection.
    public var id: UInt64?
    /// The peer process, when SO_PEERCRED could be read.
    public var peer: PeerCredentials?
    /// A logger with the connection's metadata.
    public var logger: Logger

    public init(id: UInt64?, peer: PeerCredentials?, logger: Logger) {
        self.id = id
        self.peer = peer
        self.logger = logger
    }
}
