/// What the matcher decided for one message.
public enum MatchDecision: Sendable, Equatable, Codable {
    /// One intent, confidently.
    case intent(String)
    /// The top intents are too close: ask the customer which one they meant (best first).
    /// A single option means "did you mean …?" (the runner-up was out of scope).
    case clarify([String])
    /// Nothing in scope fits (low confidence, or `out_of_scope` won).
    case outOfScope
}

/// An intent and the matcher's confidence in it (a softmax probability, 0…1).
public struct IntentCandidate: Sendable, Equatable, Codable {
    public let intent: String
    public let confidence: Double

    public init(intent: String, confidence: Double) {
        self.intent = intent
        self.confidence = confidence
    }
}

/// The matcher's full answer for one message: decision, every candidate, and what it read.
public struct MatchResult: Sendable, Equatable {
    /// The message's language (CJK-dominant → zh).
    public let language: Language
    /// Intent, clarify or out of scope.
    public let decision: MatchDecision
    /// Every intent with its confidence, best first; confidences sum to 1.
    public let candidates: [IntentCandidate]
    /// The normalised text the matcher read (`<amount>` for amounts).
    public let normalizedText: String
    /// The amounts of money found in the message.
    public let amounts: [Amount]

    public init(language: Language, decision: MatchDecision, candidates: [IntentCandidate], normalizedText: String, amounts: [Amount]) {
        self.language = language
        self.decision = decision
        self.candidates = candidates
        self.normalizedText = normalizedText
        self.amounts = amounts
    }

    /// The top candidate's intent (`out_of_scope` when there are none).
    public var topIntent: String { candidates.first?.intent ?? IntentID.outOfScope }

    /// The top candidate's confidence (0 when there are none).
    public var topConfidence: Double { candidates.first?.confidence ?? 0 }

    /// The intent the decision names: the chosen one, the first clarify option, or `out_of_scope`.
    public var decidedIntent: String {
        switch decision {
        case .intent(let id): id
        case .clarify(let ids): ids.first ?? IntentID.outOfScope
        case .outOfScope: IntentID.outOfScope
        }
    }
}
