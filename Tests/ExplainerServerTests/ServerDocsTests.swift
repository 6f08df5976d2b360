import ExplainerServer
import Foundation
import Testing

/// Every `<!-- wire -->` example in docs/protocol.md, replayed in order on one connection to the
/// real `explainer serve` (at the page's `--now`): the reply must be the one on the page, except
/// for session ids (random), `uptime_s`, the data digest and the confidence figures (which change
/// with every edit of intents/ or knowledge/; intents, reasons and texts must still match). When the server's answers change on purpose, run
/// `scripts/protocol-examples.py` to rewrite the page.
@Suite(.timeLimit(.minutes(2)))
struct ServerDocsTests {
    struct Example {
        var request: String
        var reply: String
    }

    static func examples() throws -> [Example] {
        let page = try String(contentsOf: ServeProcess.packageRoot.appendingPathComponent("docs/protocol.md"), encoding: .utf8)
        return page.components(separatedBy: "<!-- wire -->\n```json\n").dropFirst().compactMap { chunk in
            let parts = chunk.components(separatedBy: "\n```\n```json\n")
            guard parts.count >= 2, let reply = parts[1].components(separatedBy: "\n```").first else { return nil }
            return Example(request: parts[0], reply: reply)
        }
    }

    @Test func theExamplesAreWhatTheServerAnswers() async throws {
        let examples = try Self.examples()
        #expect(examples.count >= 10)
        try await withServe { server in
            try await LineClient.withConnection(to: server.socketPath) { connection in
                var session: String?
                for (number, example) in examples.enumerated() {
                    let request = session.map { Self.replacingSessions(in: example.request, with: $0) } ?? example.request
                    try await connection.send(line: request)
                    let reply = try #require(try await connection.receiveText())
                    session = session ?? Self.firstSession(in: reply)
                    let expected = try Self.normalized(JSONValue(parsing: example.reply))
                    let actual = try Self.normalized(JSONValue(parsing: reply))
                    #expect(actual == expected, "docs/protocol.md example \(number + 1) (\(example.request)): the server now answers \(reply); run scripts/protocol-examples.py")
                }
            }
        }
    }

    /// A session id; a computed property, since `Regex` is not `Sendable`.
    static var sessionPattern: Regex<Substring> { #/s-[0-9a-f]{32}/# }

    static func firstSession(in text: String) -> String? {
        text.firstMatch(of: sessionPattern).map { String($0.output) }
    }

    static func replacingSessions(in text: String, with session: String) -> String {
        text.replacing(sessionPattern, with: session)
    }

    /// Session ids become `s-…` wherever they appear; `uptime_s`, `confidence` and the digest are blanked.
    static func normalized(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): .string(text.replacing(sessionPattern, with: "s-…"))
        case .array(let items): .array(items.map(normalized))
        case .object(let members):
            .object(Dictionary(uniqueKeysWithValues: members.map { key, member in
                switch key {
                case "uptime_s", "confidence": (key, .integer(0))
                case "knowledge_digest": (key, .string("…"))
                default: (key, normalized(member))
                }
            }))
        default: value
        }
    }
}
