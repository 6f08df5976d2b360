import NIOCore

/// What the socket server calls to answer requests: the one seam between transport and engine.
///
/// The server owns framing, limits, JSON-RPC validation, batches, notifications, ids,
/// connections, peer checks, signals and shutdown; a service only maps a method and its
/// params to a result. Wiring the engine in is one conformance:
///
/// ```swift
/// struct EngineService: RPCService {
///     let engine: Engine
///     func handle(method: String, params: JSONValue?, context: RequestContext) async throws(RPCError) -> JSONValue {
///         switch method {
///         case "ask":
///             let p = try RPCParams.decode(AskParams.self, from: params)   // -32602 on bad params
///             …
///         default: throw .methodNotFound(method, available: ["ask", "diagnose", "health", "intents", "reload"])
///         }
///     }
///     func reload(context: RequestContext) async throws(RPCError) -> JSONValue { … }
/// }
/// ```
///
/// The requirements may be called concurrently from many connections.
///
/// The server asks through ``respond(method:params:context:on:)``, on the event loop that read
/// the request. Its default runs ``handle(method:params:context:)`` in a task; a service whose
/// work is short and never blocks (no waiting on locks, files or the network) may answer right
/// there and save the hops between threads — that is most of a small request's latency.
public protocol RPCService: Sendable {
    /// Answers one request (never `reload`, which goes to `reload(context:)`).
    ///
    /// Throw `RPCError.methodNotFound(method)` for an unknown method and
    /// `RPCError.invalidParams("params.text must be a string")` (or use `RPCParams.decode`)
    /// for bad params. For a notification (`context.requestID == nil`) the result is dropped.
    func handle(method: String, params: JSONValue?, context: RequestContext) async throws(RPCError) -> JSONValue

    /// Re-reads the service's data atomically: called for the `reload` method and on SIGHUP.
    ///
    /// On failure keep the old data and throw `RPCError.reloadFailed("intents/x.yaml:3: …")`.
    /// For SIGHUP `context.connectionID` is `nil`. The default throws `-32601`.
    func reload(context: RequestContext) async throws(RPCError) -> JSONValue

    /// Answers one request (never `reload`) from `eventLoop`'s thread; the future fails with an `RPCError`.
    ///
    /// Whatever runs before this returns holds up every connection on that event loop: only
    /// quick, non-blocking work belongs here. Hand anything else to ``handle(method:params:context:)``
    /// (the default does exactly that).
    func respond(method: String, params: JSONValue?, context: RequestContext, on eventLoop: any EventLoop) -> EventLoopFuture<JSONValue>
}

extension RPCService {
    public func reload(context: RequestContext) async throws(RPCError) -> JSONValue {
        throw RPCError.methodNotFound("reload")
    }

    public func respond(method: String, params: JSONValue?, context: RequestContext, on eventLoop: any EventLoop) -> EventLoopFuture<JSONValue> {
        eventLoop.makeFutureWithTask { try await handle(method: method, params: params, context: context) }
    }
}
