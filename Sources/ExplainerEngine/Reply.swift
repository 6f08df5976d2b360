import ExplainerCore
import Foundation

/// One answer, structured and as text: the shape of `ask --json`, the socket's `ask`
/// result and what FAQ tests check.
public struct Reply: Sendable, Encodable {
    public var question: String?
    public var sessionID: String?
    public var intent: String
    public var confidence: Double
    public var language: Lang
    public var clarify: Bool
    public var alternatives: [Alternative]
    public var reasons: [ReasonLine]
    public var steps: [StepLine]
    public var text: String
    /// The diagnosis behind the answer (for `diagnose`, `:why` and the audit log); nil for small talk.
    public var diagnosis: DiagnosisSummary?

    public struct Alternative: Sendable, Encodable, Hashable {
        public var intent: String
        public var confidence: Double
    }

    public struct ReasonLine: Sendable, Encodable {
        public var code: ReasonCode
        public var rank: Int
        public var kind: FindingKind
        public var evidence: [Evidence]
        public var clearsAt: Date?
        public var text: String

        enum CodingKeys: String, CodingKey { case code, rank, kind, evidence, clearsAt = "clears_at", text }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code); try c.encode(rank, forKey: .rank); try c.encode(kind, forKey: .kind)
            try c.encode(evidence, forKey: .evidence)
            try c.encode(clearsAt.map(Timestamp.isoString), forKey: .clearsAt)
            try c.encode(text, forKey: .text)
        }
    }

    public struct StepLine: Sendable, Encodable {
        public var code: ReasonCode
        public var action: String
        public var text: String
        public var when: Date?
        public var effect: String

        enum CodingKeys: String, CodingKey { case code, action, text, when, effect }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code); try c.encode(action, forKey: .action); try c.encode(text, forKey: .text)
            try c.encode(when.map(Timestamp.isoString), forKey: .when)
            try c.encode(effect, forKey: .effect)
        }
    }

    /// The numbers of the decision.
    public struct DiagnosisSummary: Sendable, Encodable {
        public var canBorrow: Bool
        public var limit: Money
        public var available: Money
        public var score: Int
        public var modelVersion: String
        /// When borrowing is approved if the steps are taken now (null when no plan exists).
        public var canBorrowAt: Date?
        public var trace: DecisionTrace

        enum CodingKeys: String, CodingKey {
            case canBorrow = "can_borrow", limit, available, score, modelVersion = "model_version", canBorrowAt = "can_borrow_at"
        }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(canBorrow, forKey: .canBorrow); try c.encode(limit, forKey: .limit)
            try c.encode(available, forKey: .available); try c.encode(score, forKey: .score)
            try c.encode(modelVersion, forKey: .modelVersion)
            try c.encode(canBorrowAt.map(Timestamp.isoString), forKey: .canBorrowAt)
        }
    }

    enum CodingKeys: String, CodingKey {
        case question, sessionID = "session_id", intent, confidence, language, clarify, alternatives, reasons, steps, text
        case canBorrow = "can_borrow", limit, available, score, modelVersion = "model_version", canBorrowAt = "can_borrow_at"
    }

    /// Encodes the DESIGN §6 fields; the decision numbers are added when there was a diagnosis.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if let question { try c.encode(question, forKey: .question) }
        if let sessionID { try c.encode(sessionID, forKey: .sessionID) }
        try c.encode(intent, forKey: .intent)
        try c.encode((confidence * 10000).rounded() / 10000, forKey: .confidence)
        try c.encode(language, forKey: .language)
        try c.encode(clarify, forKey: .clarify)
        try c.encode(alternatives, forKey: .alternatives)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(steps, forKey: .steps)
        try c.encode(text, forKey: .text)
        if let d = diagnosis {
            try c.encode(d.canBorrow, forKey: .canBorrow); try c.encode(d.limit, forKey: .limit)
            try c.encode(d.available, forKey: .available); try c.encode(d.score, forKey: .score)
            try c.encode(d.modelVersion, forKey: .modelVersion)
            try c.encode(d.canBorrowAt.map(Timestamp.isoString), forKey: .canBorrowAt)
        }
    }

    /// One line of JSON, keys sorted, no escaping of `/`.
    public func jsonLine() -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? e.encode(self)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}
