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
