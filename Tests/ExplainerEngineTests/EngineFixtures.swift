import ExplainerCore
import ExplainerEngine
import ExplainerKnowledge
import ExplainerNLU
import Foundation
import Testing

/// The real engine, trained from the repository's intents/ and knowledge/, shared by the suites.
enum EngineFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let now = Timestamp.parse("2026-11-20T10:00:00+08:00")!

    static let engine: Engine = {
        do {
            let k = try KnowledgeLoader.load(directory: root.appendingPathComponent("knowledge").path)
            let catalog = try IntentCatalog.load(directory: root.appendingPathComponent("intents").path)
            return try Engine(knowledge: k, intents: IntentDirectory(catalog: catalog), classifier: NLUClassifier(catalog: catalog))
        } catch {
            preconditionFailure("engine fixture: \(error)")
        }
    }()

    static func customer(_ id: String) throws -> CustomerRecord {
        let name = id.replacingOccurrences(of: "demo-", with: "")
        let url = root.appendingPathComponent("examples/customers/\(name).json")
        return try RecordDecoder.decode(try Data(contentsOf: url), source: url.lastPathComponent)
    }

    static func platform(_ variant: String) throws -> PlatformStatus {
        try PlatformLoader.load(path: root.appendingPathComponent("examples/platform/\(variant).yaml").path)
    }
}

/// Asks `question` about `customer` and checks the intent and the leading reason codes.
func assertExplains(_ customer: String, _ question: String, intent: String, reasons: [ReasonCode],
                    platform: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let record = try EngineFixtures.customer(customer)
    var session = Session(userID: record.userID)
    let p = try platform.map(EngineFixtures.platform)
    let reply = EngineFixtures.engine.ask(question, session: &session, record: record, now: EngineFixtures.now, platform: p)
    #expect(reply.intent == intent, "\(customer): \(question)", sourceLocation: sourceLocation)
    #expect(Array(reply.reasons.map(\.code).prefix(reasons.count)) == reasons, "\(customer): \(reply.text)", sourceLocation: sourceLocation)
}
