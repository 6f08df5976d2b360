import ExplainerCore
import ExplainerEngine
import ExplainerJSON
import ExplainerStore
import Foundation
import Logging
import Testing
@testable import ExplainerServer

/// What a server keeps of a conversation between turns: enough for the next turn, not the
/// last turn's whole diagnosis (up to --max-sessions conversations are kept at once).
@Suite struct EngineServiceSessionTests {
    @Test func aConversationKeepsItsContextButNotItsDiagnosis() throws {
        let url = LargeRecordTests.root.appendingPathComponent("examples/customers/repaid.json")
        let record = try RecordDecoder.decode(Data(contentsOf: url), source: "repaid.json")
        let store = try InMemoryRecordStore(records: [(source: "r.json", record: record)], importedAt: LargeRecordTests.now)
        let service = EngineService(engine: try LargeRecordTests.engine(), store: store, evaluationTime: LargeRecordTests.now) {
            try LargeRecordTests.engine()
        }
        let context = RequestContext(connectionID: 1, peer: nil, requestID: .integer(1), receivedAt: .now,
                                     now: LargeRecordTests.now, uptime: .zero, logger: Logger(label: "test"))
        func ask(_ text: String, session: String?) throws -> JSONValue {
            let params = AskParams(user_id: record.userID, session_id: session, text: text, lang: "en", now: nil)
            let answered = try service.answerAsk(params, now: LargeRecordTests.now, lang: .en, record: record, context)
            return try JSONValue(parsing: answered.result.serialized())
        }
        let first = try ask("I repaid yesterday, why can't I borrow again?", session: nil)
        let id = try #require(first["session_id"]?.stringValue)
        let kept = try service.sessions.value(for: id, userID: record.userID, now: .now)
        let keepsDiagnosis = kept.lastDiagnosis != nil
        #expect(!keepsDiagnosis, "the session holds the first turn's whole trace and plan")
        #expect(kept.lastIntent == first["intent"]?.stringValue)
        #expect(kept.turns == 1)
        // The follow-up is still understood from the kept intent.
        let followUp = try ask("why though?", session: id)
        #expect(followUp["intent"] == first["intent"], "\(followUp)")
    }
}
