/// How one suite file went: its cases' results, or the errors that kept it from running.
public struct FAQFileResult: Sendable, Equatable {
    public var file: String
    /// The results of the cases that ran (those the filter selected).
    public var cases: [FAQCaseResult]
    /// Non-empty when the file is malformed or unreadable; then no case of it ran.
    public var suiteErrors: [FAQSuiteError]

    public init(file: String, cases: [FAQCaseResult] = [], suiteErrors: [FAQSuiteError] = []) {
        self.file = file; self.cases = cases; self.suiteErrors = suiteErrors
    }

    public var isMalformed: Bool { !suiteErrors.isEmpty }
    public var duration: Duration { cases.reduce(.zero) { $0 + $1.duration } }
}
