/// The text `explainer faq run` prints: one line per case, a report per failure, the totals.
///
/// A failure reads:
///
///     faq/a.yaml:7: repaid last night
///       turn 2: 那要等多久？
///         intent
///           expected: when_can_borrow
///           got:      how_to_improve (confidence 0.41)
///         reply:
///           您可以……
public enum FAQReport {
    /// `PASS  faq/a.yaml: case name` or `FAIL  faq/a.yaml: case name`.
    public static func caseLine(_ result: FAQCaseResult) -> String {
        (result.passed ? "PASS  " : "FAIL  ") + "\(result.file): \(result.name)"
    }

    /// The line for a file that could not run: `FAIL  faq/b.yaml: malformed suite, no case run`.
    public static func malformedLine(_ file: FAQFileResult) -> String {
        "FAIL  \(file.file): malformed suite, no case run"
    }

    /// The report block for a failed case (no trailing newline).
    public static func details(_ result: FAQCaseResult) -> [String] {
        var lines = ["\(result.file):\(result.line): \(result.name)"]
        for failure in result.failures {
            lines.append("  turn \(failure.number): \(oneLine(failure.ask))")
            for m in failure.mismatches {
                lines.append("    \(m.key)")
                lines.append("      expected: \(m.expected)")
                lines.append("      got:      \(m.got)")
            }
            lines += reply(failure.reply.text)
        }
        if let error = result.error {
            if let turn = error.turn, let ask = error.ask {
                lines.append("  turn \(turn): \(oneLine(ask))")
            } else {
                lines.append("  the conversation could not start")
            }
            lines.append("    error: \(error.message)")
        }
        return lines
    }

    /// The report block for a malformed file: each problem as `file:line: problem`.
    public static func details(malformed file: FAQFileResult) -> [String] {
        ["\(file.file): malformed suite"] + file.suiteErrors.map { "  \($0.description)" }
    }

    static func reply(_ text: String) -> [String] {
        guard !text.isEmpty else { return ["    reply: (empty)"] }
        return ["    reply:"] + text.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }
    }

    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }
}
