/// How one case went.
public struct FAQCaseResult: Sendable, Equatable {
    public var file: String
    public var name: String
    public var line: Int
    /// Turns whose replies missed expectations, in turn order.
    public var failures: [FAQTurnFailure]
    /// Set when the subject threw; the turns after it were not asked.
    public var error: FAQCaseError?
    /// Wall time of the case when the runner was given a clock, else zero.
    public var duration: Duration

    public init(file: String, name: String, line: Int, failures: [FAQTurnFailure] = [],
                error: FAQCaseError? = nil, duration: Duration = .zero) {
        self.file = file; self.name = name; self.line = line
        self.failures = failures; self.error = error; self.duration = duration
    }

    public var passed: Bool { failures.isEmpty && error == nil }
}
