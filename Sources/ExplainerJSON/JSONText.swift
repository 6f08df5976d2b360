/// One JSON value already written as compact text, carried inside a ``JSONValue`` so that a
/// large value built for the wire (a reply) is written once, by a writer of its own, instead
/// of being built member by member and serialized again.
///
/// The bytes must be exactly one valid JSON value in this library's compact form — what
/// `JSONValue.serialized()` would write for it (keys in order, no spaces); only writers that
/// a test holds to that make one. Reading a member (`value["key"]`, `objectValue`, decoding)
/// parses the text.
public struct JSONText: Sendable, Hashable {
    public let bytes: [UInt8]

    /// Wraps `bytes`, which the caller guarantees are one compact JSON value.
    public init(trusted bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The value the text holds (`null` if, against the contract, it is not valid JSON).
    public var value: JSONValue {
        (try? JSONValue(parsing: bytes)) ?? .null
    }
}
