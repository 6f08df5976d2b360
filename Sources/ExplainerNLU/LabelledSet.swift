/// A labelled question of an evaluation file.
public struct LabelledQuestion: Sendable, Equatable {
    /// 1-based line in the file.
    public let line: Int
    /// The gold intent id.
    public let intent: String
    /// The question.
    public let text: String
}

/// An evaluation file: `intent<TAB>question` per line.
///
/// Blank lines and lines starting with `#` are skipped. A line without a tab, with an
/// empty side, or with an intent id the catalog does not know is reported (with its
/// line number) and left out of the scores:
///
///     dev.tsv:12: error: expected 'intent<TAB>question'
public struct LabelledSet: Sendable {
    public let source: String
    public let questions: [LabelledQuestion]
    /// Lines that could not be used.
    public let problems: [CheckIssue]

    /// Parses `text`; `knownIntents` (when given) rejects unknown gold ids.
    public init(parsing text: String, source: String, knownIntents: Set<String>? = nil) {
        self.source = source
        var questions: [LabelledQuestion] = []
        var problems: [CheckIssue] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let tab = line.firstIndex(of: "\t") else {
                problems.append(CheckIssue(file: source, line: i + 1, message: "expected 'intent<TAB>question'"))
                continue
            }
            let intent = String(line[..<tab]).trimmingSpaces
            let question = String(line[line.index(after: tab)...]).trimmingSpaces
            if intent.isEmpty || question.isEmpty {
                problems.append(CheckIssue(file: source, line: i + 1, message: "the intent and the question must both be non-empty"))
            } else if let known = knownIntents, !known.contains(intent) {
                problems.append(CheckIssue(file: source, line: i + 1, message: "unknown intent '\(intent)'"))
            } else {
                questions.append(LabelledQuestion(line: i + 1, intent: intent, text: question))
            }
        }
        self.questions = questions
        self.problems = problems
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
