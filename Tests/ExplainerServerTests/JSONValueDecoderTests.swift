@testable import ExplainerServer
import Foundation
import Testing

/// Params are decoded straight from the parsed value; the results and the error sentences
/// must be what decoding the same text with `JSONDecoder` gives.
@Suite struct JSONValueDecoderTests {
    struct Item: Decodable, Equatable { var qty: Int; var note: String? }
    struct Params: Decodable, Equatable {
        var text: String
        var user_id: String?
        var count: Int?
        var ratio: Double?
        var flag: Bool?
        var small: UInt8?
        var items: [Item]?
        var tags: [String]?
        var nested: [String: Int]?
    }

    static let texts = [
        #"{"text":"为什么借不了"}"#,
        #"{"text":"hi","user_id":"demo-repaid","count":3,"ratio":0.5,"flag":true,"small":255}"#,
        #"{"text":"hi","count":3.0,"ratio":2}"#,
        #"{"text":"hi","items":[{"qty":1},{"qty":2,"note":"x"},{"qty":3,"note":null}],"tags":["a","b"],"nested":{"a":1}}"#,
        #"{"text":"hi","unknown":{"deep":[1,2,3]}}"#,
        #"{"text":"hi","user_id":null,"count":null}"#,
        #"{}"#,
        #"{"text":null}"#,
        #"{"text":7}"#,
        #"{"text":"hi","count":"3"}"#,
        #"{"text":"hi","flag":1}"#,
        #"{"text":"hi","ratio":"0.5"}"#,
        #"{"text":"hi","items":[{"qty":1},{"qty":"2"}]}"#,
        #"{"text":"hi","items":[{"qty":1},{}]}"#,
        #"{"text":"hi","items":{"qty":1}}"#,
        #"{"text":"hi","items":[1]}"#,
        #"{"text":"hi","tags":["a",null]}"#,
        #"{"text":"hi","nested":{"a":"b"}}"#,
        #"{"text":["hi"]}"#,
    ]

    @Test(arguments: texts)
    func decodesAsJSONDecoderDoes(_ text: String) throws {
        let viaText = Result { try JSONDecoder().decode(Params.self, from: Data(text.utf8)) }
        let direct = Result { try JSONValue(parsing: Array(text.utf8)).decode(as: Params.self) }
        switch (viaText, direct) {
        case (.success(let a), .success(let b)):
            #expect(a == b)
        case (.failure(let a as DecodingError), .failure(let b as DecodingError)):
            #expect(RPCParams.sentence(for: a) == RPCParams.sentence(for: b),
                    "JSONDecoder: \(RPCParams.sentence(for: a)); direct: \(RPCParams.sentence(for: b))")
        default:
            Issue.record("JSONDecoder: \(viaText); direct: \(direct)")
        }
    }

    /// A number that does not fit its integer type: `JSONDecoder` says only "The given data was
    /// not valid JSON."; the direct decoder names the param and the number.
    @Test(arguments: [
        (#"{"text":"hi","small":256}"#, "params.small: Number 256 does not fit in UInt8."),
        (#"{"text":"hi","small":-1}"#, "params.small: Number -1 does not fit in UInt8."),
        (#"{"text":"hi","count":3.5}"#, "params.count: Number 3.5 does not fit in Int."),
    ])
    func namesANumberThatDoesNotFit(_ text: String, _ sentence: String) throws {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Params.self, from: Data(text.utf8)) }
        do {
            _ = try JSONValue(parsing: Array(text.utf8)).decode(as: Params.self)
            Issue.record("\(text) decoded")
        } catch let error as DecodingError {
            #expect(RPCParams.sentence(for: error) == sentence)
        }
    }
}
