import ExplainerCore
import ExplainerEngine
import ExplainerJSON
import Foundation
import Testing

/// `Reply.json` is written directly as text (members in key order). These tests hold it to an
/// independent statement of DESIGN §6's shape, built as a `JSONValue` the slow way, over every
/// demo customer, questions in both languages, follow-ups, and every intent's diagnosis.
@Suite struct ReplyJSONTests {
    static let questions = [
        "还了款为什么借不了", "借呗为什么用不了", "额度怎么只有1块钱", "我的额度为什么降了", "钱怎么还没到账", "花呗为什么没额度",
        "什么时候能再借", "怎么提额", "我被拒了怎么申诉", "why can't I borrow?", "when can I borrow again?",
        "my limit dropped, why?", "how do I appeal?", "what's my limit now?", "the money never arrived", "hello",
        "今天天气怎么样", "额度", "1", "what should I do?", "要多久",
    ]

    @Test func everyReplyIsWrittenAsItsShapeSays() throws {
        let engine = EngineFixtures.engine
        let files = try FileManager.default.contentsOfDirectory(atPath: EngineFixtures.root.appendingPathComponent("examples/customers").path)
        let customers = try files.filter { $0.hasSuffix(".json") }.sorted()
            .map { try EngineFixtures.customer("demo-" + $0.dropLast(5)) }
        #expect(customers.count >= 23)
        var compared = 0, withEvidence = 0, withSteps = 0, withDiagnosis = 0
        for record in customers {
            var session = Session(userID: record.userID)
            for question in Self.questions {
                let reply = engine.ask(question, session: &session, record: record, now: EngineFixtures.now)
                try check(reply, &compared, &withEvidence, &withSteps, &withDiagnosis)
            }
            for intent in engine.intents.ids {
                for lang in [Lang.zh, .en] {
                    guard let reply = try? engine.diagnose(record: record, intent: intent, now: EngineFixtures.now, lang: lang) else { continue }
                    try check(reply, &compared, &withEvidence, &withSteps, &withDiagnosis)
                }
            }
        }
        var general = Session()
        for question in Self.questions {
            try check(engine.ask(question, session: &general, record: nil, now: EngineFixtures.now), &compared, &withEvidence, &withSteps, &withDiagnosis)
        }
        #expect(compared > 1_000 && withEvidence > 200 && withSteps > 100 && withDiagnosis > 500,
                "\(compared) replies, \(withEvidence) with evidence, \(withSteps) with steps, \(withDiagnosis) with a diagnosis")
    }

    @Test func theTextReadsLikeAnyJSONValue() throws {
        var session = Session()
        var reply = EngineFixtures.engine.ask("why can't I borrow?", session: &session, record: try EngineFixtures.customer("demo-overdue"),
                                              now: EngineFixtures.now)
        reply.sessionID = "s-1"
        let json = reply.json
        #expect(json["intent"] == .string(reply.intent))
        #expect(json["session_id"]?.stringValue == "s-1")
        #expect(json["reasons"]?.arrayValue?.count == reply.reasons.count)
        #expect(json.kindDescription == "an object")
        #expect(json.resolved == Self.reference(reply))
        let encoded = try JSONEncoder().encode(reply)
        #expect(try JSONValue(parsing: Array(encoded)) == Self.reference(reply))
    }

    private func check(_ reply: Reply, _ compared: inout Int, _ withEvidence: inout Int, _ withSteps: inout Int,
                       _ withDiagnosis: inout Int) throws {
        let expected = Self.reference(reply).serialized()
        #expect(reply.jsonLine() == expected, "\(reply.intent): \(reply.text.prefix(40))")
        _ = try JSONValue(parsing: reply.jsonLine())
        compared += 1
        if reply.reasons.contains(where: { !$0.evidence.isEmpty }) { withEvidence += 1 }
        if !reply.steps.isEmpty { withSteps += 1 }
        if reply.diagnosis != nil { withDiagnosis += 1 }
    }

    /// DESIGN §6's reply, built member by member as a `JSONValue`.
    static func reference(_ reply: Reply) -> JSONValue {
        var object: [String: JSONValue] = [
            "intent": .string(reply.intent), "confidence": .number((reply.confidence * 10000).rounded() / 10000),
            "language": .string(reply.language.rawValue), "clarify": .bool(reply.clarify),
            "alternatives": .array(reply.alternatives.map { ["intent": .string($0.intent), "confidence": .number($0.confidence)] }),
            "reasons": .array(reply.reasons.map { r in
                ["code": .string(r.code.rawValue), "rank": .integer(r.rank), "kind": .string(r.kind.rawValue),
                 "evidence": .array(r.evidence.map(evidence)), "clears_at": iso(r.clearsAt), "text": .string(r.text)]
            }),
            "steps": .array(reply.steps.map { s in
                ["code": .string(s.code.rawValue), "action": .string(s.action), "text": .string(s.text),
                 "when": iso(s.when), "effect": .string(s.effect)]
            }),
            "text": .string(reply.text),
        ]
        if let question = reply.question { object["question"] = .string(question) }
        if let sessionID = reply.sessionID { object["session_id"] = .string(sessionID) }
        if let d = reply.diagnosis {
            object["can_borrow"] = .bool(d.canBorrow)
            object["limit"] = money(d.limit)
            object["available"] = money(d.available)
            object["score"] = .integer(d.score)
            object["model_version"] = .string(d.modelVersion)
            object["can_borrow_at"] = iso(d.canBorrowAt)
        }
        return .object(object)
    }

    static func evidence(_ e: Evidence) -> JSONValue {
        let (value, type): (JSONValue, String) = switch e.value {
        case .money(let m): (money(m), "money")
        case .date(let d): (.string(Timestamp.isoString(d)), "date")
        case .int(let i): (.integer(i), "int")
        case .percent(let p): (.number((p * 10000).rounded() / 10000), "ratio")
        case .text(let s): (.string(s), "text")
        case .list(let l): (.array(l.map(JSONValue.string)), "list")
        }
        return ["key": .string(e.key), "value": value, "type": .string(type), "field": .string(e.field),
                "as_of": .string(Timestamp.isoString(e.asOf))]
    }

    static func money(_ m: Money) -> JSONValue {
        m.fen % 100 == 0 ? .integer(Int(m.fen / 100)) : .number(m.yuan)
    }

    static func iso(_ date: Date?) -> JSONValue {
        date.map { .string(Timestamp.isoString($0)) } ?? .null
    }
}
