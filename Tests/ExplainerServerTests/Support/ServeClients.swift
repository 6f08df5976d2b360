import ExplainerServer
import NIOConcurrencyHelpers

/// The session ids of `ask` requests that got a successful reply, from many client tasks.
final class AnsweredSessions: Sendable {
    private let ids = NIOLockedValueBox<[String]>([])

    func add(_ id: String) { ids.withLockedValue { $0.append(id) } }
    var count: Int { ids.withLockedValue(\.count) }
    var sessions: [String] { ids.withLockedValue { $0 } }
}

/// Demo customers and questions the real-binary tests cycle through.
let demoUsers = ["demo-repaid", "demo-overdue", "demo-healthy", "demo-used-up", "demo-card-expired", "demo-score-drop"]
let demoQuestions = ["还了款为什么借不了", "为什么借不了", "什么时候能再借", "why can't I borrow?", "how do I raise my limit?", "额度怎么只有1块钱"]

/// Asks fresh-session questions on one connection, one after another, until the server
/// refuses (`-32006`), closes the connection, or 5,000 have been answered; records each
/// answered session id. Connection errors end the client quietly (the server is going away).
func askUntilRefused(_ path: String, client: Int, answered: AnsweredSessions) async {
    try? await LineClient.withConnection(to: path) { connection in
        for n in 0..<5_000 {
            let user = demoUsers[(client + n) % demoUsers.count]
            let text = demoQuestions[(client * 7 + n) % demoQuestions.count]
            try await connection.send(json: ["jsonrpc": "2.0", "id": .integer(n), "method": "ask",
                                             "params": ["user_id": .string(user), "text": .string(text)]])
            guard let reply = try await connection.receiveJSON(), let session = reply["result"]?["session_id"]?.stringValue else { return }
            answered.add(session)
        }
    }
}

/// One conversation of `turns` questions in one session; returns its id and how many turns kept it.
func converse(_ path: String, client: Int, turns: Int) async throws -> (String, Int) {
    try await LineClient.withConnection(to: path) { connection in
        let user = demoUsers[client % demoUsers.count]
        var session: String?
        var kept = 0
        for n in 0..<turns {
            var params: [String: JSONValue] = ["user_id": .string(user), "text": .string(demoQuestions[(client + n) % demoQuestions.count])]
            if let session { params["session_id"] = .string(session) }
            try await connection.send(json: ["jsonrpc": "2.0", "id": .integer(n), "method": "ask", "params": .object(params)])
            let reply = try await connection.receiveJSON()
            guard reply?["id"] == .integer(n), let id = reply?["result"]?["session_id"]?.stringValue else {
                throw ServeProcessError("client \(client) turn \(n): \(reply.map { $0.serialized() } ?? "no reply")")
            }
            if session == nil { session = id }
            if id == session { kept += 1 }
        }
        return (session ?? "", kept)
    }
}
