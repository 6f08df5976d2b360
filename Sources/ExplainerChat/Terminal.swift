/// Styles text for the terminal: bold and colour only where they will be seen as such.
///
/// Styling is on when standard output is a terminal, `NO_COLOR` is unset or empty
/// (https://no-color.org: any non-empty value turns it off) and `TERM` is not `dumb`.
/// When it is off every function returns its text unchanged, so piped output and
/// transcripts hold no escape codes.
///
/// ```swift
/// let terminal = Terminal.standardOutput()
/// print(terminal.emphasizingFigures("Repay ¥1,200 by 2026-12-04."))   // amount and date in bold
/// print(terminal.numberedList(["Jiebei", "Huabei"]))                   // "1. Jiebei\n2. Huabei"
/// ```
public struct Terminal: Sendable, Hashable {
    /// Whether escape codes are written.
    public var isStyled: Bool

    /// A terminal that styles (`true`) or never does (`false`).
    public init(isStyled: Bool) {
        self.isStyled = isStyled
    }

    /// Decides from the environment and whether the output is a terminal.
    public init(environment: [String: String], outputIsTerminal: Bool) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        self.isStyled = outputIsTerminal && !noColor && !dumb
    }

    /// `text` in bold.
    public func bold(_ text: String) -> String {
        styled(text, "1")
    }

    /// `text` dimmed (for secondary details such as evidence field names).
    public func dim(_ text: String) -> String {
        styled(text, "2")
    }

    /// `text` in `color`.
    public func colored(_ text: String, _ color: TerminalColor) -> String {
        styled(text, color.code)
    }

    private func styled(_ text: String, _ code: String) -> String {
        guard isStyled, !text.isEmpty else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}

/// The few colours the chat uses, by meaning.
public enum TerminalColor: Sendable, Hashable {
    case red, green, yellow, cyan

    var code: String {
        switch self {
        case .red: "31"
        case .green: "32"
        case .yellow: "33"
        case .cyan: "36"
        }
    }
}
