import ExplainerCore

/// Everything in knowledge/: the model's parameters, the platform status, and every
/// customer-facing sentence in both languages.
///
/// Load it with ``KnowledgeLoader/load(directory:)``; validate it with ``KnowledgeChecker``.
public struct Knowledge: Sendable {
    public var model: ModelConfig
    public var platform: PlatformStatus
    public var reasons: [ReasonCode: ReasonText]
    /// Step texts by step id (`repay_overdue`, `wait`, `pay_on_time`, …).
    public var steps: [String: Localized]
    /// Named answer texts (`answers.yaml`): `lead.reasons`, `plan.no_plan`, `smalltalk.greeting`, …
    public var answers: [String: Localized]
    /// General causes per intent, for questions asked without an account.
    public var general: [String: LocalizedList]
    /// Words for machine values: `huabei` → 花呗 / Huabei.
    public var terms: [String: [Lang: String]]
    /// A digest of every file read, reported by `health`.
    public var digest: String

    public init(model: ModelConfig, platform: PlatformStatus, reasons: [ReasonCode: ReasonText],
                steps: [String: Localized], answers: [String: Localized], general: [String: LocalizedList],
                terms: [String: [Lang: String]], digest: String) {
        self.model = model; self.platform = platform; self.reasons = reasons; self.steps = steps
        self.answers = answers; self.general = general; self.terms = terms; self.digest = digest
    }
}

/// A reason code's texts.
public struct ReasonText: Sendable, Hashable {
    /// A short name (`当前有逾期` / `A payment is overdue`), used in lists of codes.
    public var title: Localized
    /// The explanation, with evidence placeholders.
    public var text: Localized
    /// What to do when no plan step covers it (e.g. the appeal channel), if anything.
    public var advice: Localized?
    /// Whether the rule's threshold may be shown to the customer.
    public var discloseThreshold: Bool
}

/// A list of sentences in both languages (the general causes of a symptom).
public struct LocalizedList: Sendable, Hashable {
    public var zh: [String]
    public var en: [String]
    public subscript(_ lang: Lang) -> [String] { lang == .zh ? zh : en }
}
