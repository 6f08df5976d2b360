import ExplainerCore
import ExplainerServer
import Testing

/// Parsing only some members of an object (what `explainer bench` reads of each reply): the
/// kept members equal a full parse's, and the skipped ones are still checked as JSON.
@Suite struct JSONMemberParsingTests {
    private func partial(_ text: String, _ members: Set<String> = ["id", "error"]) -> String {
        let bytes = Array(text.utf8)
        switch bytes.withUnsafeBytes({ JSONValue.parse($0, members: members) }) {
        case .success(let value): return value.serialized()
        case .failure(let error): return error.description
        }
    }

    @Test func keepsTheNamedMembersOfAFullParse() throws {
        let documents = [
            #"{"id":7,"jsonrpc":"2.0","result":{"answer":"额度\n\"不足\"","reasons":[{"code":"A","evidence":{"x":[1,2.5,null,true]}}]}}"#,
            #"{"error":{"code":-32602,"message":"params.text must not be empty"},"id":"abc","jsonrpc":"2.0"}"#,
            #" { "result" : [ ] , "id" : null , "other" : { } } "#,
            #"{}"#,
        ]
        for text in documents {
            guard case .object(let all) = try JSONValue(parsing: text) else { Issue.record("not an object: \(text)"); continue }
            let kept = JSONValue.object(all.filter { ["id", "error"].contains($0.key) })
            #expect(partial(text) == kept.serialized(), "\(text)")
        }
    }

    private func partialOfEach(_ text: String) -> String {
        let bytes = Array(text.utf8)
        switch bytes.withUnsafeBytes({ JSONValue.parse($0, membersOfEach: ["id", "error"]) }) {
        case .success(let value): return value.serialized()
        case .failure(let error): return error.description
        }
    }

    @Test func keepsTheNamedMembersOfEachObjectOfABatchReply() {
        #expect(partialOfEach(#"[{"id":2,"result":{"a":[1]}},{"error":{"code":1},"id":1,"jsonrpc":"2.0"}]"#)
            == #"[{"id":2},{"error":{"code":1},"id":1}]"#)
        #expect(partialOfEach(#" {"id":null,"error":{"message":"x"},"jsonrpc":"2.0"} "#) == #"{"error":{"message":"x"},"id":null}"#)
        #expect(partialOfEach("[]") == "[]")
        #expect(partialOfEach(#"[{"id":1},2]"#).hasPrefix("expected an object at byte"))
        #expect(partialOfEach(#"[{"id":1,"result":[1,]}]"#).hasPrefix("unexpected character ']'"))
        #expect(partialOfEach("7").hasPrefix("expected an object or an array of objects at byte"))
    }

    /// Replies and requests with every kind of value, then thousands of one-byte corruptions of
    /// them: reading only `id` and `error` refuses exactly what a full parse refuses, with the
    /// same message at the same byte (skipped strings, escapes, keys and numbers are checked,
    /// not built), and otherwise keeps what the full parse has.
    @Test func refusesExactlyWhatAFullParseRefuses() throws {
        let documents = [
            #"{"id":7,"jsonrpc":"2.0","result":{"text":"额度\n\"不足\"\t\u00e9\ud83d\ude00","score":612.5,"limit":-3e2,"max":1.5e308,"ok":true,"x":null}}"#,
            #"{"error":{"code":-32602,"data":{"k\u0065y":[0,1.25E+3,-0.5e-2,[{}]]},"message":"params.text"},"id":"a\/b"}"#,
            #"{"a":{"b":{"c":[1,2,{"d":"\\"}]}},"id":12345678901234567890,"big":123456789012345678901234}"#,
        ]
        let alphabet = Array(#"{}[]:,"\ue0E+-.1a9 tfn/"#.utf8) + [0x01, 0x7F]
        var random = SplitMix64(seed: 5)
        var refused = 0
        for round in 0..<3000 {
            var bytes = Array(documents[round % documents.count].utf8)
            let at = Int.random(in: 1..<bytes.count, using: &random)  // the opening brace stays
            switch Int.random(in: 0..<3, using: &random) {
            case 0: bytes.remove(at: at)
            case 1: bytes.insert(alphabet.randomElement(using: &random) ?? 0x20, at: at)
            default: bytes[at] = alphabet.randomElement(using: &random) ?? 0x20
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let full = bytes.withUnsafeBytes { JSONValue.parse($0) }
            let kept = bytes.withUnsafeBytes { JSONValue.parse($0, members: ["id", "error"]) }
            switch (full, kept) {
            case (.failure(let expected), .failure(let error)):
                #expect(error == expected, "\(text)")
                refused += 1
            case (.success(.object(let all)), .success(let value)):
                #expect(value == .object(all.filter { ["id", "error"].contains($0.key) }), "\(text)")
            case (.success(.object), .failure(let error)):
                Issue.record("the partial parse refused what the full one took: \(text): \(error)")
            case (.success, .failure):
                break  // a corruption that left a valid non-object, which only the partial parse refuses
            case (.failure, .success), (.success, .success):
                Issue.record("the partial parse took what the full one refused, or a non-object: \(text)")
            }
        }
        #expect(refused > 1000)
    }

    @Test func checksTheMembersItSkips() {
        #expect(partial(#"{"id":1,"result":{"a":[1,2,]}}"#) == "unexpected character ']'; expected a value at byte 28")
        #expect(partial(#"{"id":1,"result":"bad \u00zz"}"#).hasPrefix("invalid \\u escape"))
        #expect(partial(#"{"id":1,"result":"cut"#) == "unterminated string at byte 18")
        #expect(partial(#"{"id":1,"result":{"n":[2,-1.5E+999]}}"#) == "number -1.5E+999 is out of range at byte 26")
        #expect(partial(#"{"id":1,"result":{"k\ey":1}}"#) == #"invalid escape \e in a string at byte 21"#)
        #expect(partial(#"{"id":1,"result":"a\n\ud800"}"#) == #"unpaired surrogate \uD800 in a string at byte 22"#)
        #expect(partial("{\"id\":1,\"result\":\"tab\tinside\"}") == "unescaped control character in a string at byte 22")
        #expect(partial(#"{"id":1,"result":{"a":1}} x"#) == "unexpected data after the JSON value at byte 27")
        #expect(partial("[1]") == "expected an object at byte 1")
        #expect(partial(String(repeating: #"{"a":"#, count: 200) + "1" + String(repeating: "}", count: 200))
            == "nesting is deeper than 128 levels at byte 641")
    }
}
