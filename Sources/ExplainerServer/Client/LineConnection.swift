import NIOCore

/// One open client connection: send lines, receive lines. Made by `LineClient.withConnection`.
public struct LineConnection {
    /// Why a receive failed.
    public struct ReceiveError: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    var iterator: NIOAsyncChannelInboundStream<LineFrame>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    /// Sends raw bytes as they are (add the `\n` yourself).
    public func send(bytes: some Sequence<UInt8>) async throws {
        try await outbound.write(ByteBuffer(bytes: Array(bytes)))
    }

    /// Sends `text` followed by `\n`.
    public func send(line text: String) async throws {
        try await send(bytes: Array(text.utf8) + [UInt8(ascii: "\n")])
    }

    /// Sends `value` as one line.
    public func send(json value: JSONValue) async throws {
        var bytes: [UInt8] = []
        value.write(to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        try await send(bytes: bytes)
    }

    /// Half-closes: tells the server no more requests come, while replies can still be read.
    public func finishSending() {
        outbound.finish()
    }

    /// The next line's bytes, or `nil` when the server closed the connection.
    public mutating func receiveLine() async throws -> ByteBuffer? {
        switch try await iterator.next() {
        case nil: return nil
        case .line(let bytes)?: return bytes
        case .tooLong(let length)?: throw ReceiveError(description: "the server sent a line of \(length) bytes, over the client's limit")
        }
    }

    /// The next line as text, or `nil` when the server closed the connection.
    public mutating func receiveText() async throws -> String? {
        try await receiveLine().map { String(buffer: $0) }
    }

    /// The next line parsed as JSON, or `nil` when the server closed the connection.
    public mutating func receiveJSON() async throws -> JSONValue? {
        guard let line = try await receiveLine() else { return nil }
        return try JSONValue(parsing: line)
    }
}
