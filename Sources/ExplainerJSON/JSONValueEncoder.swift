import Foundation

/// Encodes an `Encodable` value straight into a ``JSONValue``, without writing JSON text
/// and parsing it back.
///
/// Use it (through ``JSONValue/init(encoding:)``) for a service's reply structs: the
/// result is the value `JSONEncoder` would write, read back with ``JSONValue/init(parsing:)``
/// — the same members, the same numbers (a whole `Double` such as `1.0` becomes
/// `.integer(1)`, as `JSONEncoder` writes it `1`), `Date` as seconds since 2001 and `Data`
/// as Base64 (`JSONEncoder`'s default strategies).
///
/// Throws `EncodingError.invalidValue` for a non-finite number, as `JSONEncoder` does:
/// `Unable to encode Double.nan directly in JSON.`
enum JSONValueEncoder {
    /// The JSON form of `value`.
    static func encode(_ value: some Encodable) throws -> JSONValue {
        try entry(value, codingPath: []).finish()
    }

    /// One encoded value: a finished leaf, or a container still being filled.
    enum Entry {
        case value(JSONValue)
        case node(Node)

        func finish() -> JSONValue {
            switch self {
            case .value(let value): value
            case .node(let node): node.finish()
            }
        }
    }

    /// A value under construction; containers write into it.
    final class Node {
        enum Kind { case unset, leaf, object, array }
        var kind = Kind.unset
        var leaf = JSONValue.null
        var members: [String: Entry] = [:]
        var elements: [Entry] = []

        func finish() -> JSONValue {
            switch kind {
            case .unset: .object([:])
            case .leaf: leaf
            case .object: .object(members.mapValues { $0.finish() })
            case .array: .array(elements.map { $0.finish() })
            }
        }

        func set(_ value: JSONValue) {
            kind = .leaf
            leaf = value
        }
    }

    /// Encodes `value`, taking the types `JSONEncoder` treats specially the way it does.
    static func entry<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> Entry {
        if T.self == String.self, let string = value as? String { return .value(.string(string)) }
        if T.self == Date.self, let date = value as? Date {
            return .value(try number(date.timeIntervalSinceReferenceDate, codingPath: codingPath))
        }
        if T.self == Data.self, let data = value as? Data { return .value(.string(data.base64EncodedString())) }
        if T.self == URL.self, let url = value as? URL { return .value(.string(url.absoluteString)) }
        if T.self == Decimal.self, let decimal = value as? Decimal,
           let parsed = try? JSONValue(parsing: decimal.description) {
            return .value(parsed)
        }
        let node = Node()
        try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
        return node.kind == .leaf ? .value(node.leaf) : .node(node)
    }

    /// A `Double` as `JSONEncoder` writes it and ``JSONValue/init(parsing:)`` reads it back.
    static func number(_ value: Double, codingPath: [any CodingKey]) throws -> JSONValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: codingPath, debugDescription: "Unable to encode Double.\(value) directly in JSON."))
        }
        return .number(value)
    }

    /// An integer of any width: `.integer` when it fits `Int`, else the nearest `Double`.
    static func number(_ value: some BinaryInteger) -> JSONValue {
        if let integer = Int(exactly: value) { return .integer(integer) }
        return .double(Double(value))
    }
}
