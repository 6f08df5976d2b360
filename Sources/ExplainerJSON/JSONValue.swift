/// A JSON value, as it travels over the wire: the type of every request's `params`,
/// every `result`, and every request `id`.
///
/// Use it where a shape is not fixed ahead of time (params before validation, ids,
/// results built by a service). Integers that fit `Int` stay `.integer`, so a request
/// id like `12345678901` comes back exactly as it was sent; other numbers are `.double`.
///
/// ```swift
/// let value = try JSONValue(parsing: Array(#"{"id": 7, "tags": ["a"]}"#.utf8))
/// value["id"]            // .integer(7)
/// value.serialized()     // {"id":7,"tags":["a"]}
/// ```
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number written without fraction or exponent that fits in `Int`.
    case integer(Int)
    /// Any other number.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    /// A value already written as JSON text (see ``JSONText``). It serializes as its bytes and
    /// is read by parsing them; it equals only a `.text` with the same bytes.
    case text(JSONText)
}

extension JSONValue {
    /// This value with a top-level `.text` parsed; any other value as it is.
    public var resolved: JSONValue {
        if case .text(let text) = self { return text.value }
        return self
    }
}
