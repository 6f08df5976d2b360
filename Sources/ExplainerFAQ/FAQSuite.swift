/// One FAQ suite file, parsed: the cases a maintainer wrote in it, in file order.
///
/// Produced by ``FAQSuiteParser/parse(_:file:knownIntents:)``; the runner
/// runs each case in its own conversation.
public struct FAQSuite: Sendable {
    /// The file as it is shown in reports (`faq/repayment.yaml`).
    public var file: String
    /// The cases, in the order the file lists them.
    public var cases: [FAQCase]

    public init(file: String, cases: [FAQCase]) {
        self.file = file
        self.cases = cases
    }
}
