import NIOCore

/// One newline-terminated line taken off a connection, or the news that a line was too long.
public enum LineFrame: Sendable, Hashable {
    /// A line's bytes without its `\n` (and without a `\r` just before it).
    case line(ByteBuffer)
    /// A line longer than the limit; its `length` bytes were discarded up to and including its newline.
    case tooLong(length: Int)
}
