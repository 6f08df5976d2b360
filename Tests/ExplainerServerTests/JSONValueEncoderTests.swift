import ExplainerServer
import Foundation
import Testing

/// `JSONValue(encoding:)` builds the value directly; it must equal what `JSONEncoder` writes, parsed back.
@Suite struct JSONValueEncoderTests {
    private func viaText(_ value: some Encodable) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try JSONValue(parsing: [UInt8](encoder.encode(value)))
    }

    @Test func equalsJSONEncoderReadBack() throws {
        let sample = Sample.make()
        let direct = try JSONValue(encoding: sample)
        #expect(direct == (try viaText(sample)))
        #expect(direct.serialized() == (try viaText(sample)).serialized())
        #expect(direct["whole"] == .integer(1200))
        #expect(direct["half"] == .double(0.5))
        #expect(direct["absent"] == nil)
        #expect(direct["null"] == .null)
    }

    @Test(arguments: [0, 1, -1, 0.5, 1200.5, 0.9512, 1e15, 1e16, 2e20, 1e-7, 123456.789, -0.0, 0.1 + 0.2, Double.greatestFiniteMagnitude])
    func numbersAsJSONEncoderWritesThem(_ number: Double) throws {
        #expect(try JSONValue(encoding: number) == (try viaText(number)), "\(number)")
        #expect(try JSONValue(encoding: [number]) == (try viaText([number])), "\(number)")
    }

    @Test func integersOfEveryWidth() throws {
        let values = Widths(i8: -8, i16: 16, i32: -32, i64: Int64.min, u: 7, u8: 255, u16: 16, u32: 32, u64: UInt64.max, f: 2.5)
        #expect(try JSONValue(encoding: values) == (try viaText(values)))
    }

    @Test func refusesNonFiniteNumbersLikeJSONEncoder() {
        #expect(throws: EncodingError.self) { try JSONValue(encoding: Double.nan) }
        #expect(throws: EncodingError.self) { try JSONValue(encoding: ["x": Double.infinity]) }
    }

    /// `JSONEncoder` traps on a key rewritten as another kind of value; here the last write wins.
    @Test func aKeyWrittenTwiceKeepsItsLastValue() throws {
        #expect(try JSONValue(encoding: Rewritten()) == ["a": ["x": 1], "b": 2, "c": [[3]]])
    }

    @Test func emptyValues() throws {
        #expect(try JSONValue(encoding: [String]()) == .array([]))
        #expect(try JSONValue(encoding: [String: Int]()) == .object([:]))
        #expect(try JSONValue(encoding: Nothing()) == (try viaText(Nothing())))
    }
}

private enum Colour: String, Encodable { case red, green }

/// Writes `a` as a number then as an object, `b` the other way round, and fills `c` after writing it.
private struct Rewritten: Encodable {
    enum Key: String, CodingKey { case a, b, c, x }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(1, forKey: .a)
        var a = c.nestedContainer(keyedBy: Key.self, forKey: .a)
        try a.encode(1, forKey: .x)
        var b = c.nestedContainer(keyedBy: Key.self, forKey: .b)
        try b.encode(9, forKey: .x)
        try c.encode(2, forKey: .b)
        var list = c.nestedUnkeyedContainer(forKey: .c)
        var inner = list.nestedUnkeyedContainer()
        try inner.encode(3)
    }
}

private struct Widths: Encodable {
    var i8: Int8, i16: Int16, i32: Int32, i64: Int64, u: UInt, u8: UInt8, u16: UInt16, u32: UInt32, u64: UInt64, f: Float
}

private struct Nothing: Encodable {}

private class Base: Encodable {
    var base = "b"
}

private final class Derived: Base {
    var extra = 3
    enum CodingKeys: String, CodingKey { case extra }
    override func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(extra, forKey: .extra)
        try super.encode(to: c.superEncoder())
    }
}

private struct Sample: Encodable {
    var text = "额度 \"quoted\" /slash\n"
    var whole = 1200.0
    var half = 0.5
    var absent: String?
    var colour = Colour.green
    var colours: [Colour] = [.red, .green]
    var date = Date(timeIntervalSince1970: 1_790_000_000.25)
    var data = Data([0, 1, 2, 250])
    var url = URL(string: "https://example.com/a?b=c")
    var map: [String: [Int]] = ["b": [1, 2], "a": []]
    var nested: [[String: Double?]] = [["x": 1.5, "y": nil]]
    var derived = Derived()
    var flag = true

    enum CodingKeys: String, CodingKey {
        case text, whole, half, absent, colour, colours, date, data, url, map, nested, derived, flag, null, manual
    }

    static func make() -> Sample { Sample() }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(whole, forKey: .whole); try c.encode(half, forKey: .half)
        try c.encodeIfPresent(absent, forKey: .absent)
        try c.encode(colour, forKey: .colour); try c.encode(colours, forKey: .colours)
        try c.encode(date, forKey: .date); try c.encode(data, forKey: .data); try c.encode(url, forKey: .url)
        try c.encode(map, forKey: .map); try c.encode(nested, forKey: .nested); try c.encode(derived, forKey: .derived)
        try c.encode(flag, forKey: .flag)
        try c.encodeNil(forKey: .null)
        var manual = c.nestedContainer(keyedBy: CodingKeys.self, forKey: .manual)
        try manual.encode(-3, forKey: .whole)
        var list = manual.nestedUnkeyedContainer(forKey: .colours)
        try list.encode("a"); try list.encodeNil(); try list.encode(2.25)
        var inner = list.nestedContainer(keyedBy: CodingKeys.self)
        try inner.encode(false, forKey: .flag)
    }
}
