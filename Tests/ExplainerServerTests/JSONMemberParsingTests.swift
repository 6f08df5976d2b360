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

    @Test func checksTheMembersItSkips() {
        #expect(partial(#"{"id":1,"result":{"a":[1,2,]}}"#) == "unexpected character ']'; expected a value at byte 28")
        #expect(partial(#"{"id":1,"result":"bad \u00zz"}"#).hasPrefix("invalid \\u escape"))
        #expect(partial(#"{"id":1,"result":"cut"#) == "unterminated string at byte 18")
        #expect(partial("{\"id\":1,\"result\":\"tab\tinside\"}") == "unescaped control character in a string at byte 22")
        #expect(partial(#"{"id":1,"result":{"a":1}} x"#) == "unexpected data after the JSON value at byte 27")
        #expect(partial("[1]") == "expected an object at byte 1")
        #expect(partial(String(repeating: #"{"a":"#, count: 200) + "1" + String(repeating: "}", count: 200))
            == "nesting is deeper than 128 levels at byte 641")
    }
}
