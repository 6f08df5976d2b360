import Synchronization

/// Collects everything written, for tests and for rendering a transcript.
///
/// ```swift
/// let sink = BufferSink()
/// sink.write("hello\n")
/// sink.text   // "hello\n"
/// ```
public final class BufferSink: TextSink, Sendable {
    private let buffer = Mutex("")

    public init() {}

    public func write(_ text: String) {
        buffer.withLock { $0 += text }
    }

    /// Everything written so far.
    public var text: String {
        buffer.withLock { $0 }
    }
}
