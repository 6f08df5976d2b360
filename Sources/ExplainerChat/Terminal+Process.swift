import Foundation

extension Terminal {
    /// The styling for this process's standard output.
    public static func standardOutput() -> Terminal {
        Terminal(environment: ProcessInfo.processInfo.environment, outputIsTerminal: isatty(STDOUT_FILENO) == 1)
    }
}
