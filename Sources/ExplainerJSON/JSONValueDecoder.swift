import Foundation

/// Decodes a ``JSONValue`` straight into a `Decodable` type, without writing JSON text and
/// parsing it again with `JSONDecoder` (which every request's params used to do).
///
/// It reads what `JSONDecoder` reads, with the same errors: `DecodingError.keyNotFound` for a
/// missing member, `.valueNotFound` for a `null` where a value is needed, `.typeMismatch`
/// for the wrong kind of value, each with its coding path — so `RPCParams` words them the
/// same (`params.text is required`, `params.text must be a string`, `params.items[2].qty
/// must be a number`). Numbers: an integer type takes a whole number that fits it (`1` or
/// `1.0`), a floating-point type takes any number.
struct JSONValueDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]

    init(value: JSONValue, codingPath: [any CodingKey]) {
        self.value = value.resolved
        self.codingPath = codingPath
    }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch([String: JSONValue].self) }
        return KeyedDecodingContainer(KeyedContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch([JSONValue].self) }
        return UnkeyedContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(value: value, codingPath: codingPath)
    }

    func mismatch(_ type: Any.Type) -> DecodingError {
        Self.mismatch(type, found: value, codingPath: codingPath)
    }

    static func mismatch(_ type: Any.Type, found value: JSONValue, codingPath: [any CodingKey]) -> DecodingError {
        if value == .null {
            return .valueNotFound(type, .init(codingPath: codingPath,
                                              debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        }
        return .typeMismatch(type, .init(codingPath: codingPath,
                                         debugDescription: "Expected to decode \(type) but found \(value.kindDescription) instead."))
    }

    /// Decodes one value at `codingPath`: the scalar types directly, anything else through its `init(from:)`.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, codingPath: [any CodingKey]) throws -> T {
        if let scalar = try scalar(type, from: value, codingPath: codingPath) { return scalar }
        return try T(from: JSONValueDecoder(value: value, codingPath: codingPath))
    }

    private static func scalar<T>(_ type: T.Type, from value: JSONValue, codingPath: [any CodingKey]) throws -> T? {
        switch type {
        case is String.Type:
            guard case .string(let s) = value else { throw mismatch(type, found: value, codingPath: codingPath) }
            return s as? T
        case is Bool.Type:
            guard case .bool(let b) = value else { throw mismatch(type, found: value, codingPath: codingPath) }
            return b as? T
        case is Double.Type: return try number(value, type, codingPath) as? T
        case is Float.Type: return try Float(number(value, type, codingPath)) as? T
        case let integer as any FixedWidthInteger.Type: return try whole(value, integer, codingPath) as? T
        default: return nil
        }
    }

    private static func number(_ value: JSONValue, _ type: Any.Type, _ codingPath: [any CodingKey]) throws -> Double {
        switch value {
        case .integer(let i): return Double(i)
        case .double(let d): return d
        default: throw mismatch(type, found: value, codingPath: codingPath)
        }
    }

    private static func whole<I: FixedWidthInteger>(_ value: JSONValue, _ type: I.Type, _ codingPath: [any CodingKey]) throws -> I {
        let fitted: I? = switch value {
        case .integer(let i): I(exactly: i)
        case .double(let d): I(exactly: d)
        default: throw mismatch(type, found: value, codingPath: codingPath)
        }
        guard let fitted else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath,
                                                    debugDescription: "Number \(value.serialized()) does not fit in \(type)."))
        }
        return fitted
    }
}

extension JSONValueDecoder {
    struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [String: JSONValue]
        let codingPath: [any CodingKey]
        var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

        func decodeNil(forKey key: Key) throws -> Bool {
            try member(key) == .null
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try JSONValueDecoder.decode(type, from: member(key), codingPath: codingPath + [key])
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let value = members[key.stringValue], value != .null else { return nil }
            return try JSONValueDecoder.decode(type, from: value, codingPath: codingPath + [key])
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try JSONValueDecoder(value: member(key), codingPath: codingPath + [key]).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try JSONValueDecoder(value: member(key), codingPath: codingPath + [key]).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder {
            JSONValueDecoder(value: members["super"] ?? .null, codingPath: codingPath)
        }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            JSONValueDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key])
        }

        private func member(_ key: Key) throws -> JSONValue {
            guard let value = members[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                                                           debugDescription: "No value associated with key \(key.stringValue)."))
            }
            return value
        }
    }

    struct UnkeyedContainer: UnkeyedDecodingContainer {
        let elements: [JSONValue]
        let codingPath: [any CodingKey]
        var currentIndex = 0
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        mutating func decodeNil() throws -> Bool {
            guard try next(Never.self) == .null else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let decoded = try JSONValueDecoder.decode(type, from: next(type), codingPath: codingPath + [JSONIndexKey(intValue: currentIndex)])
            currentIndex += 1
            return decoded
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            let container = try JSONValueDecoder(value: next(type), codingPath: codingPath + [JSONIndexKey(intValue: currentIndex)]).container(keyedBy: type)
            currentIndex += 1
            return container
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let container = try JSONValueDecoder(value: next([JSONValue].self), codingPath: codingPath + [JSONIndexKey(intValue: currentIndex)]).unkeyedContainer()
            currentIndex += 1
            return container
        }

        mutating func superDecoder() throws -> any Decoder {
            let decoder = JSONValueDecoder(value: try next(JSONValue.self), codingPath: codingPath + [JSONIndexKey(intValue: currentIndex)])
            currentIndex += 1
            return decoder
        }

        private func next(_ type: Any.Type) throws -> JSONValue {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [JSONIndexKey(intValue: currentIndex)],
                                                              debugDescription: "Unkeyed container is at end."))
            }
            return elements[currentIndex]
        }
    }

    struct SingleValueContainer: SingleValueDecodingContainer {
        let value: JSONValue
        let codingPath: [any CodingKey]

        func decodeNil() -> Bool { value == .null }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try JSONValueDecoder.decode(type, from: value, codingPath: codingPath)
        }
    }
}
