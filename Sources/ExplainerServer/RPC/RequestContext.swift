import Foundation
import Logging

/// What a service knows about the request it is answering, besides method and params.
///
/// Built by the server for each request (and for each SIGHUP reload, with
/// `connectionID == nil`). `receivedAt` is the monotonic instant to give `SessionTable`;
/// `now` is the wall-clock time to use when the request has no `now` param.
public struct RequestContext: Sendable {
    /// The connection's number in this server's log lines; `nil` for a signal-triggered reload.
    public var connectionID: UInt64?
    /// The connecting process, read with SO_PEERCRED; `nil` when unavailable.
    public var peer: PeerCredentials?
    /// The request id; `nil` for a notification.
    public var requestID: JSONValue?
    /// The monotonic instant the request line was taken up.
    public var receivedAt: ContinuousClock.Instant
    /// The wall-clock time the request line was taken up, from `ServerConfiguration.wallClock`.
    public var now: Date
    /// How long the server has been running.
    public var uptime: Duration
    /// A logger carrying `connection` and `request_id` metadata. Log no customer text at `.info` or above.
    ///
    /// Made when asked for: most requests log nothing at the default level, and the metadata
    /// costs an allocation or two per request.
    public var logger: Logger {
        guard let requestID else { return connectionLogger }
        var logger = connectionLogger
        logger[metadataKey: "request_id"] = "\(requestID.serialized())"
        return logger
    }

    /// The connection's logger, without `request_id`.
    var connectionLogger: Logger

    public init(
        connectionID: UInt64?, peer: PeerCredentials?, requestID: JSONValue?,
        receivedAt: ContinuousClock.Instant, now: Date, uptime: Duration, logger: Logger
    ) {
        // `logger` is the connection's; `self.logger` adds `request_id`.
        self.connectionID = connectionID
        self.peer = peer
        self.requestID = requestID
        self.receivedAt = receivedAt
        self.now = now
        self.uptime = uptime
        self.connectionLogger = logger
    }
}
