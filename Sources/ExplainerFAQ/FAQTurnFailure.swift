/// A turn whose reply missed one or more expectations.
public struct FAQTurnFailure: Sendable, Equatable {
    /// 1-based turn number within the case.
    public var number: Int
    /// The question as written in the suite.
    public var ask: String
    /// The turn's line in its file.
    public var line: Int
    public var mismatches: [FAQMismatch]
    /// The full reply, shown under the mismatches.
    public var reply: FAQObservation

    public init(number: Int, ask: String, line: Int, mismatches: [FAQMismatch], reply: FAQObservation) {
        self.number = number; self.ask = ask; self.line = line; self.mismatches = mismatches; self.reply = reply
    }
}
