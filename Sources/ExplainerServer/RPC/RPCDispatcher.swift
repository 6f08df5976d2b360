import Foundation
import Logging
import NIOCore
import NIOPosix

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
        let future = reply(to: line, from: connection, refusing: refusing, on: MultiThreadedEventLoopGroup.singleton.any())
        // The future never fails: every failure is a JSON-RPC error reply.
        return (try? await future.get()) ?? nil
    }

    /// ``reply(to:from:refusing:)`` begun on `eventLoop`'s thread, as the server calls it: the
    /// service's ``RPCService/respond(method:params:context:on:)`` runs there. The future never fails.
    public func reply(to line: ByteBuffer, from connection: ConnectionInfo, refusing: RPCError?,
                      on eventLoop: any EventLoop) -> EventLoopFuture<JSONValue?> {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: line)
        } catch {
            connection.logger.debug("parse error", metadata: ["error": "\(error)"])
            return eventLoop.makeSucceededFuture(RPCResponse(error: .parseError(error)).json)
        }
        guard case .array(let members) = value else {
            return reply(toSingle: value, from: connection, refusing: refusing, on: eventLoop).map { $0?.json }
        }
        return reply(toBatch: members, from: connection, refusing: refusing, on: eventLoop)
    }

    /// Batch members are answered one after another, in order.
    private func reply(toBatch members: [JSONValue], from connection: ConnectionInfo, refusing: RPCError?,
                       on eventLoop: any EventLoop) -> EventLoopFuture<JSONValue?> {
        guard !members.isEmpty else {
            return eventLoop.makeSucceededFuture(RPCResponse(error: .invalidRequest("an empty batch ([]) holds no request")).json)
        }
        guard members.count <= maxBatchSize else {
            let reason = "the batch holds \(members.count) requests; the limit is \(maxBatchSize)"
            return eventLoop.makeSucceededFuture(RPCResponse(error: .invalidRequest(reason)).json)
        }
        var replies = eventLoop.makeSucceededFuture([JSONValue]())
        for member in members {
            replies = replies.flatMap { done in
                reply(toSingle: member, from: connection, refusing: refusing, on: eventLoop).map { response in
                    response.map { done + [$0.json] } ?? done
                }
            }
        }
        return replies.map { $0.isEmpty ? nil : .array($0) }
    }

    private func reply(toSingle value: JSONValue, from connection: ConnectionInfo, refusing: RPCError?,
                       on eventLoop: any EventLoop) -> EventLoopFuture<RPCResponse?> {
        switch RPCRequest.validate(value) {
        case .failure(let invalid):
            connection.logger.debug("invalid request", metadata: ["code": "\(invalid.error.code)"])
            return eventLoop.makeSucceededFuture(RPCResponse(id: invalid.id, outcome: .failure(invalid.error)))
        case .success(let request):
            let outcome: EventLoopFuture<Result<JSONValue, RPCError>> =
                if let refusing { eventLoop.makeSucceededFuture(.failure(refusing)) } else { call(request, from: connection, on: eventLoop) }
            return outcome.map { outcome in request.id.map { RPCResponse(id: $0, outcome: outcome) } }
        }
    }
}
