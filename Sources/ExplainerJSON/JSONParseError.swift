/// Why some bytes are not exactly one JSON value, and where.
///
/// `description` reads like `expected ',' or '}' after an object member at byte 17`;
/// bytes are counted from 1 on the request line.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong, without the position.
    public var reason: String
    /// Zero-based offset of the offending byte.
    public var offset: Int

    public init(reason: String, offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String { "\(reason) at byte \(offset + 1)" }
}
