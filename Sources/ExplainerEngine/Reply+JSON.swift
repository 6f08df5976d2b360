import ExplainerCore
import ExplainerJSON
import Foundation

/// The reply's JSON, built directly: the one definition of its shape (DESIGN §6), which
/// `encode(to:)`, `ask --json`, `diagnose --json` and the socket server all use. Building it
/// through `Codable` cost as much as half the ask itself.
extension Reply {
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "intent": .string(intent), "confidence": .number((confidence * 10000).rounded() / 10000),
            "language": .string(language.rawValue), "clarify": .bool(clarify),
            "alternatives": .array(alternatives.map(\.json)), "reasons": .array(reasons.map(\.json)),
            "steps": .array(steps.map(\.json)), "text": .string(text),
        ]
        if let question { object["question"] = .string(question) }
        if let sessionID { object["session_id"] = .string(sessionID) }
        if let diagnosis { object.merge(diagnosis.members) { _, numbers in numbers } }
        return .object(object)
    }
}

extension Reply.Alternative {
    public var json: JSONValue {
        ["intent": .string(intent), "confidence": .number(confidence)]
    }
}

extension Reply.ReasonLine {
    public var json: JSONValue {
        ["code": .string(code.rawValue), "rank": .integer(rank), "kind": .string(kind.rawValue),
         "evidence": .array(evidence.map(\.json)), "clears_at": Self.iso(clearsAt), "text": .string(text)]
    }

    static func iso(_ date: Date?) -> JSONValue {
        date.map { .string(Timestamp.isoString($0)) } ?? .null
    }
}

extension Reply.StepLine {
    public var json: JSONValue {
        ["code": .string(code.rawValue), "action": .string(action), "text": .string(text),
         "when": Reply.ReasonLine.iso(when), "effect": .string(effect)]
    }
}

extension Reply.DiagnosisSummary {
    public var json: JSONValue { .object(members) }

    /// The decision numbers, which a reply carries at its top level.
    var members: [String: JSONValue] {
        ["can_borrow": .bool(canBorrow), "limit": limit.json, "available": available.json, "score": .integer(score),
         "model_version": .string(modelVersion), "can_borrow_at": Reply.ReasonLine.iso(canBorrowAt)]
    }
}
