import Foundation
import Logging
import NIOCore

/// Turns one request line into its reply (or into no reply): JSON-RPC 2.0 parsing,
/// validation, batches, notifications and dispatch to an `RPCService`.
///
/// Transport-free, so it is tested without sockets; the server calls `reply(to:from:)`
/// for every complete line. Batch members are answered one after another, in order.
public struct RPCDispatcher: Sendable {
    /// The service requests go to.
    public let service: any RPCService
    /// Most requests a batch may hold; a bigger batch gets one `-32600` error.
    public let maxBatchSize: Int
    /// Reads the wall clock for `RequestContext.now`.
    public let wallClock: WallClock
    /// When the server started, for `RequestContext.uptime`.
    public let startedAt: ContinuousClock.Instant

    public init(service: any RPCService, maxBatchSize: Int = 100, wallClock: WallClock, startedAt: ContinuousClock.Instant) {
        self.service = service
        self.maxBatchSize = maxBatchSize
        self.wallClock = wallClock
        self.startedAt = startedAt
    }

    /// The reply to one line, or `nil` when the line held only notifications.
    ///
    /// With `refusing` set, no method runs: every request gets that error (used for
    /// `-32006` while the server shuts down), and notifications are dropped.
    public func reply(to line: ByteBuffer, from connection: ConnectionInfo, refusing: RPCError? = nil) async -> JSONValue? {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: line)
        } catch {
            connection.logger.debug("parse error", metadata: ["error": "\(error)"])
            return RPCResponse(error: .parseError(error)).json
        }
        guard case .array(let members) = value else {
            return await reply(toSingle: value, from: connection, refusing: refusing)?.json
        }
        return await reply(toBatch: members, from: connection, refusing: refusing)
    }

    private func reply(toBatch members: [JSONValue], from connection: ConnectionInfo, refusing: RPCError?) async -> JSONValue? {
        guard !members.isEmpty else {
            return RPCResponse(error: .invalidRequest("an empty batch ([]) holds no request")).json
        }
        guard members.count <= maxBatchSize else {
            let reason = "the batch holds \(members.count) requests; the limit is \(maxBatchSize)"
            return RPCResponse(error: .invalidRequest(reason)).json
        }
        var replies: [JSONValue] = []
        for member in members {
            if let response = await reply(toSingle: member, from: connection, refusing: refusing) {
                replies.append(response.json)
            }
        }
        return replies.isEmpty ? nil : .array(replies)
    }

    private func reply(toSingle value: JSONValue, from connection: ConnectionInfo, refusing: RPCError?) async -> RPCResponse? {
        switch RPCRequest.validate(value) {
        case .failure(let invalid):
            connection.logger.debug("invalid request", metadata: ["code": "\(invalid.error.code)"])
            return RPCResponse(id: invalid.id, outcome: .failure(invalid.error))
        case .success(let request):
            let outcome: Result<JSONValue, RPCError> =
                if let refusing { .failure(refusing) } else { await call(request, from: connection) }
            guard let id = request.id else { return nil }
            return RPCResponse(id: id, outcome: outcome)
        }
    }
}
