import Foundation
import ExplainerCore
import ExplainerNLU

/// What the engine needs from language understanding.
public protocol IntentClassifier: Sendable {
    /// The language, the decision and the ranked candidates for one message.
    func classify(_ text: String) -> Classification
    /// The kind of a bare follow-up ("why?", "那怎么办"), nil for a question of its own.
    func followUp(_ text: String) -> FollowUpKind?
    /// The option (1-based) a reply to a clarifying question picks ("2", "第二个",
    /// "the second one"), nil when the text is not a choice. The default reads digits only.
    func choice(_ text: String) -> Int?
}

extension IntentClassifier {
    public func choice(_ text: String) -> Int? { Int(text.trimmingWhitespace) }
}

public struct Classification: Sendable {
    public enum Decision: Sendable, Hashable {
        case intent(String)
        case clarify([String])
        case outOfScope
    }
    public var language: Lang
    public var decision: Decision
    /// Candidates with confidences, best first.
    public var candidates: [(intent: String, confidence: Double)]

    public init(language: Lang, decision: Decision, candidates: [(intent: String, confidence: Double)]) {
        self.language = language; self.decision = decision; self.candidates = candidates
    }
}
