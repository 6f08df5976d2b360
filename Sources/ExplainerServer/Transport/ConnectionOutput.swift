import NIOCore

/// What a connection's request loop writes for each frame it took: exactly one of these per frame,
/// so `ConnectionHandler` knows when no request is outstanding.
public enum ConnectionOutput: Sendable, Hashable {
    /// A reply line (its bytes end with `\n`).
    case reply(ByteBuffer)
    /// The frame needed no reply (notifications only).
    case noReply
}

extension ConnectionOutput {
    /// `value` as one `\n`-terminated reply line.
    static func line(_ value: JSONValue) -> ConnectionOutput {
        var bytes: [UInt8] = []
        value.write(to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        return .reply(ByteBuffer(bytes: bytes))
    }
}
