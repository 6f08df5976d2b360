extension JSONValue {
    /// Parses exactly one JSON value from UTF-8 bytes.
    ///
    /// Throws a `JSONParseError` naming the byte: `not valid UTF-8 (byte 0xFF) at byte 12`,
    /// `expected ':' after an object key at byte 9`, `unexpected data after the JSON value at byte 3`.
    public init(parsing bytes: [UInt8]) throws(JSONParseError) {
        self = try bytes.withUnsafeBytes { Self.parse($0) }.get()
    }

    /// Parses exactly one JSON value from a string.
    public init(parsing text: String) throws(JSONParseError) {
        try self.init(parsing: Array(text.utf8))
    }

    /// Parses exactly one JSON value from raw UTF-8 bytes (for callers holding a buffer of their own).
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<JSONValue, JSONParseError> {
        parse(bytes) { (parser) throws(JSONParseError) in try parser.parseDocument() }
    }

    /// Parses one JSON object from UTF-8 bytes but builds only its top-level members named in
    /// `members` (the rest are checked, not built): for a caller that reads a few fields of a
    /// large document, such as a load generator matching a reply's `id`. A non-object fails
    /// with `expected an object at byte 0`.
    public static func parse(_ bytes: UnsafeRawBufferPointer, members: Set<String>) -> Result<JSONValue, JSONParseError> {
        parse(bytes) { (parser) throws(JSONParseError) in try parser.parseDocument(members: members) }
    }

    /// Like ``parse(_:members:)``, but the document may also be an array of objects (a JSON-RPC
    /// batch reply): builds only the members named in `members` of the object or of each element.
    /// Anything else fails with `expected an object or an array of objects at byte 0`.
    public static func parse(_ bytes: UnsafeRawBufferPointer, membersOfEach members: Set<String>) -> Result<JSONValue, JSONParseError> {
        parse(bytes) { (parser) throws(JSONParseError) in try parser.parseDocument(membersOfEach: members) }
    }

    private static func parse(
        _ bytes: UnsafeRawBufferPointer, _ document: (inout JSONParser) throws(JSONParseError) -> JSONValue
    ) -> Result<JSONValue, JSONParseError> {
        if let bad = UTF8Check.firstInvalidOffset(in: bytes) {
            let byte = "0x" + String(bytes[bad], radix: 16, uppercase: true)
            return .failure(JSONParseError(reason: "not valid UTF-8 (byte \(byte))", offset: bad))
        }
        var parser = JSONParser(bytes: bytes)
        do {
            return .success(try document(&parser))
        } catch {
            return .failure(error)
        }
    }
}
