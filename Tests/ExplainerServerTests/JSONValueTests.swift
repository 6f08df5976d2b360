import ExplainerServer
import Testing

@Suite struct JSONValueTests {
    private func parseError(_ text: String) -> String {
        do {
            let value = try JSONValue(parsing: text)
            return "parsed \(value.serialized())"
        } catch {
            return error.description
        }
    }

    @Test func roundTripsEveryKind() throws {
        let text = #"{"a":[1,-2.5,true,false,null],"b":{"c":"d"},"e":""}"#
        #expect(try JSONValue(parsing: text).serialized() == text)
    }

    @Test func keepsIntegersExact() throws {
        #expect(try JSONValue(parsing: "9007199254740993") == .integer(9_007_199_254_740_993))
        #expect(try JSONValue(parsing: "-0") == .integer(0))
        #expect(try JSONValue(parsing: "1.0") == .double(1))
        #expect(try JSONValue(parsing: "1e2") == .double(100))
        #expect(try JSONValue(parsing: "123456789012345678901234") == .double(1.2345678901234568e23))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONValue(parsing: #""a\"b\\c\/d\n\t\u00e9\ud83d\ude00 额度""#)
        #expect(value == .string("a\"b\\c/d\n\té😀 额度"))
        #expect(JSONValue.string("line\nbreak \"q\" \u{01}").serialized() == #""line\nbreak \"q\" \u0001""#)
    }

    @Test func namesTheByteOfEachSyntaxError() {
        #expect(parseError(#"{"a" 1}"#) == "expected ':' after an object key at byte 6")
        #expect(parseError(#"{"a":1,}"#) == "expected a string key in an object at byte 8")
        #expect(parseError("[1 2]") == "expected ',' or ']' after an array element at byte 4")
        #expect(parseError("{} x") == "unexpected data after the JSON value at byte 4")
        #expect(parseError("") == "unexpected end of input; expected a value at byte 1")
        #expect(parseError("tru") == "unexpected character 't'; expected a value at byte 1")
        #expect(parseError("01") == "unexpected data after the JSON value at byte 2")
        #expect(parseError("-") == "expected a digit in a number at byte 2")
        #expect(parseError(#""abc"#) == "unterminated string at byte 1")
        #expect(parseError("\"a\u{01}\"") == "unescaped control character in a string at byte 3")
        #expect(parseError(#""\ud800x""#) == #"unpaired surrogate \uD800 in a string at byte 2"#)
        #expect(parseError(#""\q""#) == #"invalid escape \q in a string at byte 2"#)
        #expect(parseError("1e999") == "number 1e999 is out of range at byte 1")
    }

    @Test func refusesInvalidUTF8WithItsOffset() {
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xFF] + Array(#""}"#.utf8)
        #expect(throws: JSONParseError(reason: "not valid UTF-8 (byte 0xFF)", offset: 6)) {
            try JSONValue(parsing: bytes)
        }
    }

    @Test func boundsNestingDepth() {
        let deep = String(repeating: "[", count: 129) + String(repeating: "]", count: 129)
        #expect(parseError(deep) == "nesting is deeper than 128 levels at byte 129")
        let fine = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        #expect(parseError(fine).hasPrefix("parsed"))
    }

    @Test func writesNonFiniteDoublesAsNull() {
        #expect(JSONValue.array([.double(.nan), .double(.infinity), .double(0.5)]).serialized() == "[null,null,0.5]")
    }

    @Test func convertsFromAndToCodable() throws {
        struct Point: Codable, Equatable { var x: Int; var label: String }
        let value = try JSONValue(encoding: Point(x: 3, label: "p"))
        #expect(value == ["x": 3, "label": "p"])
        #expect(try value.decode(as: Point.self) == Point(x: 3, label: "p"))
    }
}
