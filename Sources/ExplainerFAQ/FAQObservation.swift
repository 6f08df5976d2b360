/// What the bot answered to one question, as the runner checks it.
///
/// The fields mirror `explainer ask --json`: the top intent, its confidence, the
/// reply's language, whether the bot asked to clarify, the reason codes in rank
/// order, the step codes in order, and the reply text.
public struct FAQObservation: Sendable, Equatable {
    public var intent: String
    public var confidence: Double
    public var language: String
    public var clarify: Bool
    public var reasonCodes: [String]
    public var stepCodes: [String]
    public var text: String

    public init(intent: String, confidence: Double, language: String, clarify: Bool = false,
                reasonCodes: [String] = [], stepCodes: [String] = [], text: String) {
        self.intent = intent; self.confidence = confidence; self.language = language
        self.clarify = clarify; self.reasonCodes = reasonCodes; self.stepCodes = stepCodes; self.text = text
    }
}
