#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore

/// Splits a byte stream into `\n`-terminated lines, and enforces a maximum line length itself.
///
/// A line longer than `maxLength` bytes (not counting `\n` or a `\r` before it) is never
/// buffered whole: its bytes are dropped as they arrive, and when its newline comes one
/// `.tooLong(length:)` frame is emitted, so the connection stays usable for the next line.
/// Memory per connection stays under `maxLength` plus one read.
///
/// A final line without `\n` before end of input is still emitted (clients like
/// `printf '…' | nc -U` may omit it). Empty lines are skipped.
///
/// ```swift
/// try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineFrameDecoder(maxLength: 65_536)))
/// ```
public struct LineFrameDecoder: ByteToMessageDecoder {
    public typealias InboundOut = LineFrame

    /// The longest line passed on, in bytes.
    public let maxLength: Int
    /// Bytes dropped so far from a line that is too long; `nil` when not discarding.
    private var discarded: Int?
    /// Bytes at the front of the buffer already known to hold no newline.
    private var scanned = 0

    public init(maxLength: Int) {
        self.maxLength = maxLength
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let frame = nextFrame(from: &buffer) else { return .needMoreData }
        if let frame = frame { context.fireChannelRead(wrapInboundOut(frame)) }
        return .continue
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        let rest = buffer.readableBytes
        defer { buffer.moveReaderIndex(to: buffer.writerIndex) }
        if let dropped = discarded {
            discarded = nil
            context.fireChannelRead(wrapInboundOut(.tooLong(length: dropped + rest)))
        } else if rest > 0, let frame = finishLine(buffer.readSlice(length: rest) ?? ByteBuffer()) {
            context.fireChannelRead(wrapInboundOut(frame))
        }
        return .needMoreData
    }

    /// The next frame: `nil` when more bytes are needed, `.some(nil)` when a line was consumed silently.
    mutating func nextFrame(from buffer: inout ByteBuffer) -> LineFrame?? {
        let readable = buffer.readableBytes
        guard let length = Self.firstNewline(in: buffer, after: scanned) else {
            scanned = readable
            if discarded != nil || readable > maxLength + 1 { discardAll(of: &buffer) }
            return nil
        }
        scanned = 0
        if let dropped = discarded {
            discarded = nil
            buffer.moveReaderIndex(forwardBy: length + 1)
            return .some(.tooLong(length: dropped + length))
        }
        let line = buffer.readSlice(length: length) ?? ByteBuffer()
        buffer.moveReaderIndex(forwardBy: 1)
        return .some(finishLine(line))
    }

    /// The offset (from the reader index) of the first `\n` at or after `start`, found with
    /// `memchr`: replies and requests are kilobytes long, and every byte passes through here.
    private static func firstNewline(in buffer: ByteBuffer, after start: Int) -> Int? {
        buffer.withUnsafeReadableBytes { bytes in
            guard start < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Drops a `\r` before the newline; refuses a line over the limit; skips an empty line.
    private func finishLine(_ line: ByteBuffer) -> LineFrame? {
        var line = line
        if line.readableBytesView.last == UInt8(ascii: "\r") { line.moveWriterIndex(to: line.writerIndex - 1) }
        if line.readableBytes > maxLength { return .tooLong(length: line.readableBytes) }
        return line.readableBytes == 0 ? nil : .line(line)
    }

    private mutating func discardAll(of buffer: inout ByteBuffer) {
        discarded = (discarded ?? 0) + buffer.readableBytes
        buffer.moveReaderIndex(to: buffer.writerIndex)
        scanned = 0
    }
}
