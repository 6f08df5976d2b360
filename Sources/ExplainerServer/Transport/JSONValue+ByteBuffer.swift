import ExplainerJSON
import NIOCore

extension JSONValue {
    /// Parses exactly one JSON value from the readable bytes of `buffer` (which is not consumed).
    public init(parsing buffer: ByteBuffer) throws(JSONParseError) {
        self = try buffer.withUnsafeReadableBytes { Self.parse($0) }.get()
    }
}
