/// One question of a case and what its reply must show.
public struct FAQTurn: Sendable {
    /// The customer's message, exactly as written in the suite.
    public var ask: String
    /// The line of the turn in its file (1-based).
    public var line: Int
    /// What the reply to `ask` must satisfy.
    public var expect: FAQExpectation

    public init(ask: String, line: Int, expect: FAQExpectation) {
        self.ask = ask; self.line = line; self.expect = expect
    }
}
