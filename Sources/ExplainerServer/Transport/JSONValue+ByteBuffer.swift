import ExplainerJSON
import NIOCore

extension JSONValue {
    /// Parses exactly one JSON value from the readable bytes of `buffer` (which is not consumed).
    public init(parsing buffer: ByteBuffer) throws(JSONParseError) {
        self = try buffer.withUnsafeReadableBytes { Self.parse($0) }.get()
    }

    /// Parses the JSON object in the readable bytes of `buffer`, building only the top-level
    /// members named in `members` (see ``JSONValue/parse(_:members:)``).
    public init(parsing buffer: ByteBuffer, members: Set<String>) throws(JSONParseError) {
        self = try buffer.withUnsafeReadableBytes { Self.parse($0, members: members) }.get()
    }
}
