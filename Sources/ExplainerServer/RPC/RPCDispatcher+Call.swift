import Logging
import NIOCore

extension RPCDispatcher {
    /// Runs one valid request against the service and logs its outcome (never its params).
    /// The future never fails.
    func call(_ request: RPCRequest, from connection: ConnectionInfo, on eventLoop: any EventLoop) -> EventLoopFuture<Result<JSONValue, RPCError>> {
        let context = makeContext(for: request, from: connection)
        let performed: EventLoopFuture<JSONValue> =
            if request.method == "reload" {
                eventLoop.makeFutureWithTask { try await runReload(context: context, trigger: "method").get() }
            } else {
                service.respond(method: request.method, params: request.params, context: context, on: eventLoop)
            }
        return performed.map { Result.success($0) }.recover { error in
            .failure(error as? RPCError ?? .internalError("the service failed: \(error)"))
        }.map { outcome in
            log(request, outcome: outcome, context: context)
            return outcome
        }
    }

    /// Builds the context a service sees for `request`.
    func makeContext(for request: RPCRequest, from connection: ConnectionInfo) -> RequestContext {
        let receivedAt = ContinuousClock.now
        return RequestContext(
            connectionID: connection.id, peer: connection.peer, requestID: request.id,
            receivedAt: receivedAt, now: wallClock.now(), uptime: startedAt.duration(to: receivedAt), logger: connection.logger
        )
    }

    /// Calls the service's reload and logs the outcome (its result, never customer data).
    func runReload(context: RequestContext, trigger: String) async -> Result<JSONValue, RPCError> {
        context.logger.info("reload started", metadata: ["trigger": "\(trigger)"])
        do throws(RPCError) {
            let result = try await service.reload(context: context)
            context.logger.info("reload finished", metadata: ["trigger": "\(trigger)", "result": "\(result.serialized())"])
            return .success(result)
        } catch {
            context.logger.error("reload failed", metadata: ["trigger": "\(trigger)", "error": "\(error)"])
            return .failure(error)
        }
    }

    private func log(_ request: RPCRequest, outcome: Result<JSONValue, RPCError>, context: RequestContext) {
        // Answers log at debug, failures at debug or (internal errors) error: skip building the line when neither shows.
        let level = context.connectionLogger.logLevel
        guard level <= .debug || (level <= .error && outcome.isInternalError) else { return }
        let elapsed = context.receivedAt.duration(to: .now)
        var metadata: Logger.Metadata = ["method": "\(request.method)", "elapsed": "\(elapsed)"]
        switch outcome {
        case .success:
            context.logger.debug("request answered", metadata: metadata)
        case .failure(let error):
            metadata["code"] = "\(error.code)"
            let level: Logger.Level = error.code == RPCError.Code.internalError ? .error : .debug
            context.logger.log(level: level, "request failed", metadata: metadata)
        }
    }
}

extension Result<JSONValue, RPCError> {
    fileprivate var isInternalError: Bool {
        if case .failure(let error) = self { return error.code == RPCError.Code.internalError }
        return false
    }
}
