/// Where the chat writes text: standard output, standard error, or a buffer in tests.
public protocol TextSink {
    /// Writes `text` as it is (no newline added) and makes it visible at once.
    func write(_ text: String)
}
