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

    /// Parses the object, or array of objects, in the readable bytes of `buffer`, building only
    /// the members named in `members` of each (see ``JSONValue/parse(_:membersOfEach:)``).
    public init(parsing buffer: ByteBuffer, membersOfEach members: Set<String>) throws(JSONParseError) {
        self = try buffer.withUnsafeReadableBytes { Self.parse($0, membersOfEach: members) }.get()
    }
}
