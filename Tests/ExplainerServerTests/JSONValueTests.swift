import ExplainerCore
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

    /// The offset Swift's own UTF-8 decoder stops at: the reference the fast check must agree with.
    private func referenceInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Strings of bytes around every boundary of UTF-8 (lead bytes C0–C2, E0, ED, EF, F0, F4,
    /// F5; continuation bytes 7F, 80, 8F, 90, 9F, A0, BF, C0; truncations; ASCII runs of every
    /// length so the eight-at-a-time path meets a multi-byte sequence at every alignment): each
    /// is refused at the same byte as Swift's decoder refuses it, and each valid one reads back
    /// as itself.
    @Test func findsTheSameInvalidByteAsSwiftsDecoder() throws {
        let interesting: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                    0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF]
        var random = SplitMix64(seed: 8)
        var refused = 0
        for round in 0..<4000 {
            var content: [UInt8] = Array(repeating: UInt8(ascii: "a"), count: round % 11)
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                content.append(interesting.randomElement(using: &random) ?? 0x41)
                if Bool.random(using: &random) { content += Array("额度".utf8).prefix(Int.random(in: 0...6, using: &random)) }
            }
            let document = [UInt8(ascii: "\"")] + content + [UInt8(ascii: "\"")]
            let reference = referenceInvalidOffset(content)
            switch document.withUnsafeBytes({ JSONValue.parse($0) }) {
            case .failure(let error):
                let expected = reference.map { bad in
                    JSONParseError(reason: "not valid UTF-8 (byte 0x\(String(content[bad], radix: 16, uppercase: true)))", offset: bad + 1)
                }
                #expect(error == expected, "\(content)")
                if expected != nil { refused += 1 }
            case .success(let value):
                #expect(reference == nil, "\(content)")
                #expect(value == .string(String(decoding: content, as: UTF8.self)), "\(content)")
            }
        }
        #expect(refused > 1000)
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
