/// What a finished process left: its exit status and everything it wrote.
public struct ProcessResult: Sendable, Hashable {
    /// The exit status, or 128 + the signal number if a signal ended it.
    public var status: Int32
    /// Everything written to standard output (invalid UTF-8 repaired).
    public var standardOutput: String
    /// Everything written to standard error.
    public var standardError: String
}
