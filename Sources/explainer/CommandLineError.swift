import ArgumentParser
import Foundation

/// The one place a command turns a failure into `error: SENTENCE` on stderr and exit status 1.
enum CommandLineError {
    /// Prints `error: message` to stderr and returns the exit code to throw.
    static func fail(_ message: CustomStringConvertible) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(1)
    }
}

/// Writes one line to stderr.
func warn(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
