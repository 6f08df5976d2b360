import ExplainerServer
import Foundation
import Testing

/// A value carried as JSON text (how a reply travels): written as its bytes, read by parsing.
@Suite struct JSONTextTests {
    private let text = JSONValue.text(JSONText(trusted: Array(#"{"a":[1,2.5,"x\n"],"b":{"c":null}}"#.utf8)))

    @Test func writesItsBytesInsideOtherValues() {
        let envelope: JSONValue = ["id": 7, "result": text]
        #expect(envelope.serialized() == #"{"id":7,"result":{"a":[1,2.5,"x\n"],"b":{"c":null}}}"#)
    }

    @Test func readsLikeTheValueItHolds() throws {
        #expect(text["a"]?.arrayValue?.count == 3)
        #expect(text["b"]?["c"] == .null)
        #expect(text.objectValue?.keys.sorted() == ["a", "b"])
        #expect(text.kindDescription == "an object")
        #expect(JSONValue.text(JSONText(trusted: Array(#""hi""#.utf8))).stringValue == "hi")
        #expect(text.resolved == (try JSONValue(parsing: #"{"b":{"c":null},"a":[1,2.5,"x\n"]}"#)))
        #expect(text != text.resolved, "a text equals only the same text")
    }

    @Test func encodesAndDecodesThroughItsValue() throws {
        let encoded = try JSONEncoder().encode(["r": text])
        #expect(try JSONValue(parsing: Array(encoded))["r"] == text.resolved)
        struct Shape: Decodable { var a: [JSONValue]; var b: [String: String?] }
        let shape = try RPCParams.decode(Shape.self, from: text)
        #expect(shape.a.count == 3 && shape.b["c"] == .some(nil))
    }
}
