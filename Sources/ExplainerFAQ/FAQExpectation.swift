import ExplainerCore

/// What one reply must show; every key left out is not checked.
///
/// - `intent`: the top intent id.
/// - `reasons`: these codes lead the reasons, in this order (`[]`: no reasons at all).
/// - `steps`: these step codes appear, in this order, others may come between (`[]`: no steps at all).
/// - `contains` / `notContains`: substrings the reply text must / must not hold.
/// - `clarify`: whether the bot asked the customer to choose.
/// - `language`: the reply's language, `zh` or `en`.
public struct FAQExpectation: Sendable, Equatable {
    public var intent: String?
    public var reasons: [ReasonCode]?
    public var steps: [String]?
    public var contains: [String]
    public var notContains: [String]
    public var clarify: Bool?
    public var language: String?

    public init(intent: String? = nil, reasons: [ReasonCode]? = nil, steps: [String]? = nil,
                contains: [String] = [], notContains: [String] = [], clarify: Bool? = nil,
                language: String? = nil) {
        self.intent = intent; self.reasons = reasons; self.steps = steps
        self.contains = contains; self.notContains = notContains
        self.clarify = clarify; self.language = language
    }

    /// True when nothing would be checked (the parser refuses such a turn).
    public var isEmpty: Bool {
        intent == nil && reasons == nil && steps == nil && contains.isEmpty && notContains.isEmpty
            && clarify == nil && language == nil
    }
}
