/// The outcome of `explainer faq run`: every file's results and the totals.
///
/// A malformed or unreadable file counts as one failure; a run in which no case
/// ran at all (nothing matched `--filter`) fails too, so CI can never go green on nothing.
public struct FAQRunResult: Sendable, Equatable {
    public var files: [FAQFileResult]

    public init(files: [FAQFileResult]) {
        self.files = files
    }

    public var passed: Int {
        files.reduce(0) { $0 + $1.cases.filter(\.passed).count }
    }

    public var failed: Int {
        files.reduce(0) { $0 + $1.cases.filter { !$0.passed }.count + ($1.isMalformed ? 1 : 0) }
    }

    /// 0 when at least one case ran and nothing failed, else 1.
    public var exitCode: Int32 {
        failed == 0 && passed > 0 ? 0 : 1
    }

    /// The closing line: `12 passed, 1 failed`.
    public var summary: String {
        "\(passed) passed, \(failed) failed"
    }
}
