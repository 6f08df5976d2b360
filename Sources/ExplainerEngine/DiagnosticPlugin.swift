import ExplainerCore
import Foundation

/// The extension point: frames the credit model's findings for one family of questions.
///
/// A plugin reads the model's trace and the record and says which reasons lead, which
/// non-blocking ones matter for this symptom, and which named facts head the answer.
/// It never writes prose: the words come from knowledge/. Adding one is a new type plus
/// one `register` line in `PluginRegistry+BuiltIn.swift` (see docs/adding-a-plugin.md).
///
/// ```swift
/// struct RepaymentPlugin: DiagnosticPlugin {
///     let id = "repayment"
///     func frame(_ c: DiagnosisContext) -> Framing {
///         Framing(focus: .reasons, lead: [.REPAYMENT_PROCESSING], include: [.REPAYMENT_PROCESSING])
///     }
/// }
/// ```
public protocol DiagnosticPlugin: Sendable {
    /// The id intents/ files name in their `plugin:` field.
    var id: String { get }
    /// False for plugins that answer without a customer record (small talk).
    var needsRecord: Bool { get }
    /// Frames the diagnosis for the intent that was asked.
    func frame(_ context: DiagnosisContext) -> Framing
}

extension DiagnosticPlugin {
    public var needsRecord: Bool { true }
}

/// What a plugin gets: the record, the model's verdict on it, and the plan.
public struct DiagnosisContext: Sendable {
    public var intent: String
    /// Nil only for plugins that do not need a record.
    public var record: CustomerRecord?
    public var trace: DecisionTrace?
    public var plan: PlanOutcome?
    public var platform: PlatformStatus
    public var now: Date
    public var model: ModelConfig
}

/// A plugin's framing of the model's findings. Codes only, never text.
public struct Framing: Sendable {
    /// What the answer is about.
    public enum Focus: String, Sendable {
        case reasons, plan, timeline, status, score, huabei, appeal, disbursement, smalltalk
    }

    public var focus: Focus
    /// Codes that lead the reasons when the model found them, in this order.
    public var lead: [ReasonCode]
    /// Non-blocking codes worth showing for this symptom (blocking ones are always shown).
    public var include: Set<ReasonCode>
    /// Include every score factor that lost points.
    public var includeScoreFactors: Bool
    /// Named answers (knowledge/answers.yaml) that head the reply, with their values.
    public var facts: [Fact]
    /// Use these findings instead of the model's jiebei findings (the huabei side).
    public var findingsOverride: [Finding]?

    public init(focus: Focus, lead: [ReasonCode] = [], include: Set<ReasonCode> = [], includeScoreFactors: Bool = false,
                facts: [Fact] = [], findingsOverride: [Finding]? = nil) {
        self.focus = focus; self.lead = lead; self.include = include
        self.includeScoreFactors = includeScoreFactors; self.facts = facts; self.findingsOverride = findingsOverride
    }
}

/// A named answer with the evidence values that fill it (`limit.changed` with previous_limit…).
public struct Fact: Sendable, Hashable {
    public var answer: String
    public var values: [String: Evidence.Value]
    public init(_ answer: String, _ values: [String: Evidence.Value] = [:]) { self.answer = answer; self.values = values }
}
