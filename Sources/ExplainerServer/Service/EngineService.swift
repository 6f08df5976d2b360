import ExplainerCore
import ExplainerEngine
import ExplainerStore
import Foundation
import NIOCore
import NIOPosix

/// The engine behind the socket: `ask`, `diagnose`, `intents`, `health` and `reload`,
/// with sessions bound to their user and every answer audited before it is sent.
public final class EngineService: RPCService {
    let holder: EngineHolder
    let store: any RecordStore & AuditLog
    /// Commits audit entries of concurrent requests together (group commit).
    let auditWriter: AuditWriter
    let sessions: SessionTable<Session>
    let loader: @Sendable () throws -> Engine
    let evaluationTime: Date?

    /// - Parameters:
    ///   - loader: builds a fresh engine from intents/ and knowledge/ (called by `reload` and SIGHUP).
    ///   - sessions: the conversation table (bounded, idle sessions expire).
    ///   - evaluationTime: the time requests without a `now` param are evaluated at (`serve --now`);
    ///     `nil` for the request's wall-clock time. The audit log's `recorded_at` is always the wall clock.
    public init(engine: Engine, store: any RecordStore & AuditLog, sessions: SessionTable<Session> = SessionTable(),
                evaluationTime: Date? = nil, loader: @escaping @Sendable () throws -> Engine) {
        self.holder = EngineHolder(engine)
        self.store = store
        self.auditWriter = AuditWriter(log: store)
        self.sessions = sessions
        self.evaluationTime = evaluationTime
        self.loader = loader
    }

    public var engine: Engine { holder.engine }
    static let methods = ["ask", "diagnose", "health", "intents", "reload"]

    /// The same answers as ``respond(method:params:context:on:)``, which the server calls; this
    /// runs it on one of the shared event loops and waits.
    public func handle(method: String, params: JSONValue?, context: RequestContext) async throws(RPCError) -> JSONValue {
        do {
            return try await respond(method: method, params: params, context: context,
                                     on: MultiThreadedEventLoopGroup.singleton.any()).get()
        } catch {
            throw error as? RPCError ?? .internalError("\(error)")
        }
    }

    /// `ask` and `diagnose` are answered on the event loop that read them (the engine takes
    /// tens of microseconds and the record read does not wait on writers) — except for a
    /// record with more than ``inlineRecordEvents`` events, whose plan can take milliseconds:
    /// that one runs on a thread pool of its own, so it holds up no other connection of its loop.
    /// Only the audit commit always leaves the loop — group commit on a blocking-I/O thread,
    /// so an fsync holds up no connection and entries arriving during one share the next — and
    /// the reply is written when that commit lands. `reload` reads files, so it runs in a task.
    public func respond(method: String, params: JSONValue?, context: RequestContext, on eventLoop: any EventLoop) -> EventLoopFuture<JSONValue> {
        let prepared: PreparedRequest
        do throws(RPCError) {
            switch method {
            case "ask": prepared = try prepareAsk(params, context)
            case "diagnose": prepared = try prepareDiagnose(params, context)
            case "intents": return eventLoop.makeSucceededFuture(intents())
            case "health": return eventLoop.makeSucceededFuture(health(context))
            case "reload": return eventLoop.makeFutureWithTask { try await self.reload(context: context) }
            default: throw .methodNotFound(method, available: Self.methods)
            }
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
        guard let record = prepared.record, record.eventCount > Self.inlineRecordEvents else {
            do throws(RPCError) {
                return audited(try prepared.answer(), on: eventLoop)
            } catch {
                return eventLoop.makeFailedFuture(error)
            }
        }
        let answer = prepared.answer
        return Self.largeRecordPool.runIfActive(eventLoop: eventLoop) { try answer() }
            .flatMap { self.audited($0, on: eventLoop) }
    }

    /// Records with more events than this are answered off the event loop (see
    /// ``respond(method:params:context:on:)``). The demo customers have at most 17;
    /// planning takes about 12 µs per event on this machine, so this bounds what one request
    /// holds its loop for to about a millisecond.
    public static let inlineRecordEvents = 100

    /// Threads for answers about large records, apart from NIO's shared blocking-I/O pool so
    /// that a burst of them never delays the audit writer that runs there. Process-wide and
    /// never shut down, like NIO's own singletons.
    static let largeRecordPool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(1, System.coreCount))
        pool.start()
        return pool
    }()

    /// `answered`'s result, once its audit entry is committed.
    private func audited(_ answered: AnsweredRequest, on eventLoop: any EventLoop) -> EventLoopFuture<JSONValue> {
        let result = answered.result
        return auditWriter.append(answered.entry, on: eventLoop)
            .flatMapErrorThrowing { throw Self.auditFailed($0) }
            .map { result }
    }

    public func reload(context: RequestContext) async throws(RPCError) -> JSONValue {
        // The dispatcher logs the outcome (`reload finished` / `reload failed` with the error).
        do {
            let fresh = try holder.reload(loader)
            return ["reloaded": true, "model_version": .string(fresh.modelVersion),
                    "knowledge_digest": .string(fresh.knowledge.digest), "intents": .integer(fresh.intents.ids.count)]
        } catch {
            throw .reloadFailed("\(error)")
        }
    }

    func intents() -> JSONValue {
        let e = engine
        return ["intents": .array(e.intents.ids.compactMap { id in
            e.intents[id].map { entry in
                ["id": .string(id), "plugin": .string(entry.plugin),
                 "description": ["zh": .string(entry.description[.zh] ?? ""), "en": .string(entry.description[.en] ?? "")]]
            }
        })]
    }

    func health(_ context: RequestContext) -> JSONValue {
        let e = engine
        return ["status": "ok", "model_version": .string(e.modelVersion), "knowledge_digest": .string(e.knowledge.digest),
                "uptime_s": .integer(Int(context.uptime.components.seconds)), "sessions": .integer(sessions.count),
                "intents": .integer(e.intents.ids.count)]
    }
}
