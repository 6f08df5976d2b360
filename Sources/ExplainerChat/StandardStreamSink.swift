import CReadline

/// Writes to the C library's `stdout` or `stderr`, flushing each write.
///
/// It uses the same `FILE` streams as readline and `print`, so replies and prompts
/// come out in the order they were written.
public struct StandardStreamSink: TextSink, Sendable {
    private let toStandardError: Bool

    /// Standard output: replies.
    public static let standardOutput = StandardStreamSink(toStandardError: false)
    /// Standard error: warnings.
    public static let standardError = StandardStreamSink(toStandardError: true)

    public func write(_ text: String) {
        let stream = toStandardError ? creadline_stderr() : creadline_stdout()
        fputs(text, stream)
        fflush(stream)
    }
}
