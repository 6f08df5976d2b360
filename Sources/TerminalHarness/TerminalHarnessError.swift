/// Why driving a program in a terminal failed; the description is one sentence, plus the
/// screen or output seen last when that helps to see why.
public struct TerminalHarnessError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }

    static func tmuxMissing() -> TerminalHarnessError {
        TerminalHarnessError("tmux is not on PATH; install it (apt-get install tmux) to run the terminal tests.")
    }

    static func timedOut(waitingFor what: String, after timeout: Duration, screen: String) -> TerminalHarnessError {
        TerminalHarnessError("Timed out after \(timeout) waiting for \(what); the screen was:\n\(screen)")
    }

    static func commandFailed(_ arguments: [String], _ result: ProcessResult) -> TerminalHarnessError {
        TerminalHarnessError("`\(arguments.joined(separator: " "))` exited with status \(result.status): \(result.standardError)")
    }
}
