extension JSONValue {
    /// A `Double` as `JSONEncoder` writes it and ``init(parsing:)`` reads it back: a whole
    /// number becomes `.integer` (`JSONEncoder` writes `1.0` as `1`), any other stays
    /// `.double` (`0.5`, `1e+16`). Not finite: `.null`, which is how it is written anyway.
    ///
    /// Use it wherever a value is built by hand rather than through `Codable`, so both agree.
    public static func number(_ value: Double) -> JSONValue {
        guard value.isFinite else { return .null }
        // JSONEncoder writes `description`, dropping a trailing ".0": 1.0 → `1`, while 1e+16
        // and 0.5 stay as they are.
        if value == value.rounded(.towardZero), value.description.hasSuffix(".0"), let integer = Int(exactly: value) {
            return .integer(integer)
        }
        return .double(value)
    }
}
