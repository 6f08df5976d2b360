import ArgumentParser
import Foundation

/// Prints `error: <message>` to stderr and gives the exit code to throw: the one place
/// the command line turns an error into what a user sees. Never a backtrace.
func fail(_ message: String, code: Int32 = 1) -> ExitCode {
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    return ExitCode(code)
}

/// Writes a line to stderr.
func warn(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
