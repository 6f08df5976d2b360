import ExplainerCore
import ExplainerServer
import Foundation
import NIOConcurrencyHelpers

/// A test double for the engine: small methods that exercise every path of the server.
///
/// - `echo` → its params; `sum {a, b}` → `{"sum": a+b}`; `length {text}` → `{"length": n}`
/// - `slow {ms}` sleeps, then → `"done"`
/// - `lookup {user_id}` → `-32001` unless `u-1`; `store` → `-32002`; `crash` → `-32603`
/// - `open {user_id?}` → `{"session_id"}`; `turn {session_id, user_id?}` → `{"turns": n}` (-32004/-32005)
/// - `reload` counts reloads, or fails with `-32007` while `failReload` is set.
final class TestService: RPCService {
    struct SumParams: Decodable { var a: Double; var b: Double }
    struct LengthParams: Decodable { var text: String }
    struct SlowParams: Decodable { var ms: Int }
    struct LookupParams: Decodable { var user_id: String }
    struct OpenParams: Decodable { var user_id: String? }
    struct TurnParams: Decodable { var session_id: String; var user_id: String? }

    static let methods = ["echo", "sum", "length", "slow", "lookup", "store", "crash", "open", "turn", "reload"]

    let sessions: SessionTable<Int>
    let reloads = NIOLockedValueBox(0)
    let failReload = NIOLockedValueBox(false)
    let calls = NIOLockedValueBox<[String]>([])
    /// How many `slow` requests have started.
    let slowStarted = NIOLockedValueBox(0)

    init(sessionIdleTimeout: Duration = .seconds(60), sessionCapacity: Int = 100) {
        sessions = SessionTable(capacity: sessionCapacity, idleTimeout: sessionIdleTimeout, random: SplitMix64(seed: 7))
    }

    func handle(method: String, params: JSONValue?, context: RequestContext) async throws(RPCError) -> JSONValue {
        calls.withLockedValue { $0.append(method) }
        switch method {
        case "echo": return params ?? .null
        case "sum":
            let p = try RPCParams.decode(SumParams.self, from: params)
            return ["sum": .double(p.a + p.b)]
        case "length":
            let p = try RPCParams.decode(LengthParams.self, from: params)
            return ["length": .integer(p.text.count)]
        case "slow":
            let p = try RPCParams.decode(SlowParams.self, from: params)
            slowStarted.withLockedValue { $0 += 1 }
            try? await Task.sleep(for: .milliseconds(p.ms))
            return "done"
        case "lookup":
            let p = try RPCParams.decode(LookupParams.self, from: params)
            guard p.user_id == "u-1" else { throw .unknownUser(p.user_id) }
            return ["user_id": "u-1"]
        case "store": throw .recordStoreUnavailable("the database file is locked")
        case "crash": throw .internalError("the test service failed on purpose")
        case "open", "turn": return try session(method, params: params, context: context)
        default: throw .methodNotFound(method, available: Self.methods)
        }
    }

    private func session(_ method: String, params: JSONValue?, context: RequestContext) throws(RPCError) -> JSONValue {
        if method == "open" {
            let p = try RPCParams.decode(OpenParams.self, from: params)
            return ["session_id": .string(sessions.create(userID: p.user_id, value: 0, now: context.receivedAt))]
        }
        let p = try RPCParams.decode(TurnParams.self, from: params)
        do {
            let turns = try sessions.value(for: p.session_id, userID: p.user_id, now: context.receivedAt) + 1
            try sessions.setValue(turns, for: p.session_id, userID: p.user_id, now: context.receivedAt)
            return ["turns": .integer(turns)]
        } catch {
            throw RPCError(error)
        }
    }

    func reload(context: RequestContext) async throws(RPCError) -> JSONValue {
        if failReload.withLockedValue({ $0 }) { throw .reloadFailed("intents/broken.yaml:3: expected a mapping") }
        let count = reloads.withLockedValue { count in
            count += 1
            return count
        }
        return ["reloaded": true, "count": .integer(count)]
    }
}
