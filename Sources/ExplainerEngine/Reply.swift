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

        public func encode(to encoder: Encoder) throws { try json.encode(to: encoder) }
    }

    public struct ReasonLine: Sendable, Encodable {
        public var code: ReasonCode
        public var rank: Int
        public var kind: FindingKind
        public var evidence: [Evidence]
        public var clearsAt: Date?
        public var text: String

        public func encode(to encoder: Encoder) throws { try json.encode(to: encoder) }
    }

    public struct StepLine: Sendable, Encodable {
        public var code: ReasonCode
        public var action: String
        public var text: String
        public var when: Date?
        public var effect: String

        public func encode(to encoder: Encoder) throws { try json.encode(to: encoder) }
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

        public func encode(to encoder: Encoder) throws { try json.encode(to: encoder) }
    }

    /// Encodes ``json``: the DESIGN §6 fields, and the decision numbers when there was a diagnosis.
    public func encode(to encoder: Encoder) throws {
        try json.encode(to: encoder)
    }

    /// One line of JSON, keys sorted, no escaping of `/`.
    public func jsonLine() -> String {
        json.serialized()
    }
}
