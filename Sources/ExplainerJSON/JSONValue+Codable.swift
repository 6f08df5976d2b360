import Foundation

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? container.decode(Int.self) {
            self = .integer(i)
        } else if let d = try? container.decode(Double.self) {
            self = .double(d)
        } else if let s = try? container.decode(String.self) {
            self = .string(s)
        } else if let a = try? container.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let b): try container.encode(b)
        case .integer(let i): try container.encode(i)
        case .double(let d): try container.encode(d)
        case .string(let s): try container.encode(s)
        case .array(let a): try container.encode(a)
        case .object(let o): try container.encode(o)
        case .text(let text): try container.encode(text.value)
        }
    }
}

extension JSONValue {
    /// The JSON form of any `Encodable` value (a service's reply struct, say): what
    /// `JSONEncoder` would write, read back, built directly without the text in between.
    ///
    /// Throws what `JSONEncoder` throws, e.g. for a non-finite `Double`.
    public init(encoding value: some Encodable) throws {
        self = try JSONValueEncoder.encode(value)
    }
}

extension JSONValue {
    /// Decodes this value into a `Decodable` type, as `JSONDecoder` would decode its text.
    ///
    /// Throws `DecodingError`; `RPCParams.decode` turns those into `-32602` sentences.
    public func decode<T: Decodable>(as type: T.Type) throws -> T {
        try JSONValueDecoder.decode(type, from: self, codingPath: [])
    }
}
