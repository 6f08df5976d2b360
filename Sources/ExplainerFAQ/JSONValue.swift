/// A JSON document built from YAML, so inline records go through the same decoder as record files.
enum JSONValue: Encodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    func encode(to encoder: Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case let .bool(v):
            var c = encoder.singleValueContainer()
            try c.encode(v)
        case let .int(v):
            var c = encoder.singleValueContainer()
            try c.encode(v)
        case let .double(v):
            var c = encoder.singleValueContainer()
            try c.encode(v)
        case let .string(v):
            var c = encoder.singleValueContainer()
            try c.encode(v)
        case let .array(items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case let .object(pairs):
            var c = encoder.container(keyedBy: Key.self)
            for (key, value) in pairs { try c.encode(value, forKey: Key(stringValue: key)) }
        }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
