/// A strict RFC 8259 parser from UTF-8 bytes to `JSONValue`.
///
/// Written by hand rather than through `JSONDecoder` so that numbers keep their exact
/// integer value, nesting depth is bounded (`maxDepth`), and errors name the byte.
/// The input must already be valid UTF-8 (see `UTF8Check`).
struct JSONParser {
    static let maxDepth = 128

    let bytes: UnsafeRawBufferPointer
    var index = 0
    private var depth = 0

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Parses the whole input as one value surrounded by optional whitespace.
    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        try whole { parser throws(JSONParseError) in try parser.parseValue() }
    }

    /// Parses the whole input as one object, building only the members named in `wanted`;
    /// the others are checked as strictly but not built. A non-object is an error.
    mutating func parseDocument(members wanted: Set<String>) throws(JSONParseError) -> JSONValue {
        try whole { parser throws(JSONParseError) in try parser.parseObject(members: wanted) }
    }

    /// Parses the whole input as an object or an array of objects, building only the members
    /// named in `wanted` of the object or of each element. Anything else is an error.
    mutating func parseDocument(membersOfEach wanted: Set<String>) throws(JSONParseError) -> JSONValue {
        try whole { parser throws(JSONParseError) in
            guard parser.peek() == UInt8(ascii: "[") else {
                return try parser.parseObject(members: wanted, expected: "an object or an array of objects")
            }
            var elements: [JSONValue] = []
            try parser.forEachElement { parser throws(JSONParseError) in elements.append(try parser.parseObject(members: wanted)) }
            return .array(elements)
        }
    }

    /// `value` read from the whole input: whitespace around it allowed, nothing else after it.
    private mutating func whole(_ value: (inout JSONParser) throws(JSONParseError) -> JSONValue) throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let result = try value(&self)
        skipWhitespace()
        guard index == bytes.count else { throw failure("unexpected data after the JSON value") }
        return result
    }

    /// The object at `index` with only its members named in `wanted`; the others are checked, not built.
    private mutating func parseObject(members wanted: Set<String>, expected: String = "an object") throws(JSONParseError) -> JSONValue {
        guard peek() == UInt8(ascii: "{") else { throw failure("expected \(expected)") }
        var members: [String: JSONValue] = [:]
        try forEachMember { parser, key throws(JSONParseError) in
            if wanted.contains(key) { members[key] = try parser.parseValue() } else { try parser.skipValue() }
        }
        return .object(members)
    }

    /// Checks one value (as strictly as ``parseValue()``) and moves past it without building it.
    private mutating func skipValue() throws(JSONParseError) {
        guard let byte = peek() else { throw failure("unexpected end of input; expected a value") }
        switch byte {
        case UInt8(ascii: "{"): try forEachMember(namingKeys: false) { parser, _ throws(JSONParseError) in try parser.skipValue() }
        case UInt8(ascii: "["): try forEachElement { parser throws(JSONParseError) in try parser.skipValue() }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: _ = try parseValue()
        }
    }

    /// Walks the object starting at `index`, calling `body` with each key and the parser
    /// positioned at its value (which `body` must consume). Without `namingKeys` the keys
    /// are checked but not built, and `body` gets an empty key.
    private mutating func forEachMember(namingKeys: Bool = true,
                                        _ body: (inout JSONParser, String) throws(JSONParseError) -> Void) throws(JSONParseError) {
        try enterContainer()
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw failure("expected a string key in an object") }
            let key: String
            if namingKeys { key = try parseString() } else { try skipString(); key = "" }
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw failure("expected ':' after an object key") }
            index += 1
            skipWhitespace()
            try body(&self, key)
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; depth -= 1; return
            default: throw failure("expected ',' or '}' after an object member")
            }
        }
    }

    /// Walks the array starting at `index`, calling `body` with the parser positioned at each element.
    private mutating func forEachElement(_ body: (inout JSONParser) throws(JSONParseError) -> Void) throws(JSONParseError) {
        try enterContainer()
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            try body(&self)
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; depth -= 1; return
            default: throw failure("expected ',' or ']' after an array element")
            }
        }
    }

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard let byte = peek() else { throw failure("unexpected end of input; expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw failure("unexpected \(Self.describe(byte)); expected a value")
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        var members: [String: JSONValue] = [:]
        try forEachMember { parser, key throws(JSONParseError) in members[key] = try parser.parseValue() }
        return .object(members)
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        var elements: [JSONValue] = []
        try forEachElement { parser throws(JSONParseError) in elements.append(try parser.parseValue()) }
        return .array(elements)
    }

    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        guard depth <= Self.maxDepth else { throw failure("nesting is deeper than \(Self.maxDepth) levels") }
    }

    private mutating func expectLiteral(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        let matches = index + count <= bytes.count
            && (0..<count).allSatisfy { bytes[index + $0] == word.utf8Start[$0] }
        guard matches else { throw failure("unexpected \(Self.describe(bytes[index])); expected a value") }
        index += count
    }

    func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            index += 1
        }
    }

    func failure(_ reason: String, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(reason: reason, offset: offset ?? index)
    }

    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
}

extension JSONParser {
    /// Reads a number, strictly by the JSON grammar: `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`.
    fileprivate mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        let isInteger = try scanNumber()
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isInteger, let integer = Int(text) { return .integer(integer) }
        guard let double = Double(text), double.isFinite else {
            throw failure("number \(text) is out of range", at: start)
        }
        return .double(double)
    }

    /// Moves past a number as strictly as ``parseNumber()`` but converting it only when it
    /// could be out of a Double's range (an exponent, or hundreds of digits).
    fileprivate mutating func skipNumber() throws(JSONParseError) {
        let start = index
        _ = try scanNumber()
        let text = bytes[start..<index]
        if text.count > 300 || text.contains(UInt8(ascii: "e")) || text.contains(UInt8(ascii: "E")) {
            index = start
            _ = try parseNumber()
        }
    }

    /// Moves past a number, checking its grammar; true when it has neither a fraction nor an exponent.
    private mutating func scanNumber() throws(JSONParseError) -> Bool {
        var isInteger = true
        if peek() == UInt8(ascii: "-") { index += 1 }
        if peek() == UInt8(ascii: "0") {
            index += 1
        } else {
            guard try skipDigits() > 0 else { throw failure("expected a digit in a number") }
        }
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard try skipDigits() > 0 else { throw failure("expected a digit after '.' in a number") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard try skipDigits() > 0 else { throw failure("expected a digit in a number's exponent") }
        }
        return isInteger
    }

    private mutating func skipDigits() throws(JSONParseError) -> Int {
        let start = index
        while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }
}
