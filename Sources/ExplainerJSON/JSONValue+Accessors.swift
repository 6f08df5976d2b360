extension JSONValue {
    /// The member `key` of an object; `nil` for a missing member or a non-object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = resolved else { return nil }
        return members[key]
    }

    /// The string payload, or `nil` when this is not a string.
    public var stringValue: String? {
        guard case .string(let s) = resolved else { return nil }
        return s
    }

    /// The integer payload, or `nil` when this is not an integer.
    public var integerValue: Int? {
        guard case .integer(let i) = resolved else { return nil }
        return i
    }

    /// The members of an object, or `nil` when this is not an object.
    public var objectValue: [String: JSONValue]? {
        guard case .object(let members) = resolved else { return nil }
        return members
    }

    /// The elements of an array, or `nil` when this is not an array.
    public var arrayValue: [JSONValue]? {
        guard case .array(let elements) = resolved else { return nil }
        return elements
    }

    /// The JSON name of this value's type, as error messages say it: `an object`, `a string`…
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        case .text(let text): text.value.kindDescription
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
