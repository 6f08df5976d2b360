/// A suite file that cannot be run, with the place and the problem in one sentence.
///
/// `description` reads like a compiler message:
/// `faq/repay.yaml:12: record.loans[0].due_at: "2026-13-01" is not an ISO 8601 date`.
/// A suite with any such error fails the run; it is never skipped silently.
public struct FAQSuiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as shown in reports.
    public var file: String
    /// The 1-based line, or 0 when the problem is the file as a whole.
    public var line: Int
    /// What is wrong, as a sentence fragment (`now: "x" is not an ISO 8601 date`).
    public var problem: String

    public init(file: String, line: Int, problem: String) {
        self.file = file; self.line = line; self.problem = problem
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)"
    }
}
