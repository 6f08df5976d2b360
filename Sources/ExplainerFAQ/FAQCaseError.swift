/// The subject failed a case: it could not start the conversation, or a question threw.
public struct FAQCaseError: Sendable, Equatable {
    /// The 1-based turn that threw, or nil when the conversation could not start.
    public var turn: Int?
    /// That turn's question.
    public var ask: String?
    /// The error's one-sentence description (`unknown user "nobody"`).
    public var message: String

    public init(turn: Int?, ask: String?, message: String) {
        self.turn = turn; self.ask = ask; self.message = message
    }
}
