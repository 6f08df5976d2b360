import ExplainerServer
import Foundation
import Logging
import NIOCore
import Testing

@Suite struct RPCDispatcherTests {
    let service = TestService()

    private func reply(_ line: String, refusing: RPCError? = nil) async -> JSONValue? {
        await reply(bytes: Array(line.utf8), refusing: refusing)
    }

    private func reply(bytes: [UInt8], refusing: RPCError? = nil) async -> JSONValue? {
        let dispatcher = RPCDispatcher(
            service: service, maxBatchSize: 3,
            wallClock: .fixed(Date(timeIntervalSince1970: 0)), startedAt: .now
        )
        let connection = ConnectionInfo(id: 1, peer: nil, logger: Logger(label: "t", factory: { _ in SwiftLogNoOpLogHandler() }))
        return await dispatcher.reply(to: ByteBuffer(bytes: bytes), from: connection, refusing: refusing)
    }

    /// Asserts the exact reply line for a request line.
    private func assertReply(_ line: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) async {
        let got = await reply(line)?.serialized() ?? "no reply"
        #expect(got == expected, sourceLocation: sourceLocation)
    }

    @Test func answersARequestAndEchoesItsIdExactly() async {
        await assertReply(#"{"jsonrpc":"2.0","id":1,"method":"sum","params":{"a":1,"b":2}}"#,
                          #"{"id":1,"jsonrpc":"2.0","result":{"sum":3.0}}"#)
        await assertReply(#"{"jsonrpc":"2.0","id":"req-7","method":"echo","params":[1]}"#,
                          #"{"id":"req-7","jsonrpc":"2.0","result":[1]}"#)
        await assertReply(#"{"jsonrpc":"2.0","id":9007199254740993,"method":"echo"}"#,
                          #"{"id":9007199254740993,"jsonrpc":"2.0","result":null}"#)
        await assertReply(#"{"jsonrpc":"2.0","id":null,"method":"echo","params":{}}"#,
                          #"{"id":null,"jsonrpc":"2.0","result":{}}"#)
    }

    @Test func reportsParseErrorsWithIdNull() async {
        await assertReply(#"{"jsonrpc":"2.0","method":"#,
                          #"{"error":{"code":-32700,"message":"Parse error: unexpected end of input; expected a value at byte 27"},"id":null,"jsonrpc":"2.0"}"#)
    }

    @Test func saysWhenTheLineIsNotUTF8() async {
        let bytes = Array(#"{"jsonrpc":"2.0","id":1,"method":"length","params":{"text":""#.utf8) + [0xC3, 0x28] + Array(#""}}"#.utf8)
        let answer = await reply(bytes: bytes)
        #expect(errorCode(answer) == -32700)
        #expect(errorMessage(answer) == "Parse error: not valid UTF-8 (byte 0xC3) at byte 61")
    }

    @Test func refusesInvalidRequests() async {
        await assertReply("42", #"{"error":{"code":-32600,"message":"Invalid request: the request must be an object, not a number"},"id":null,"jsonrpc":"2.0"}"#)
        await assertReply(#"{"id":3,"method":"echo"}"#,
                          #"{"error":{"code":-32600,"message":"Invalid request: jsonrpc must be \"2.0\""},"id":3,"jsonrpc":"2.0"}"#)
        await assertReply(#"{"jsonrpc":"2.0","id":4,"method":7}"#,
                          #"{"error":{"code":-32600,"message":"Invalid request: method must be a string"},"id":4,"jsonrpc":"2.0"}"#)
        await assertReply(#"{"jsonrpc":"2.0","id":{},"method":"echo"}"#,
                          #"{"error":{"code":-32600,"message":"Invalid request: id must be a string, a number or null"},"id":null,"jsonrpc":"2.0"}"#)
        // An invalid request is answered even without an id: it cannot be known to be a notification.
        await assertReply(#"{"jsonrpc":"2.0","method":1}"#,
                          #"{"error":{"code":-32600,"message":"Invalid request: method must be a string"},"id":null,"jsonrpc":"2.0"}"#)
    }

    @Test func namesUnknownMethodsAndBadParams() async {
        await assertReply(#"{"jsonrpc":"2.0","id":5,"method":"nope"}"#,
                          #"{"error":{"code":-32601,"message":"Method not found: \"nope\"; the methods are crash, echo, length, lookup, open, reload, slow, store, sum, turn"},"id":5,"jsonrpc":"2.0"}"#)
        await assertReply(#"{"jsonrpc":"2.0","id":6,"method":"length","params":{"text":12}}"#,
                          #"{"error":{"code":-32602,"message":"params.text must be a string"},"id":6,"jsonrpc":"2.0"}"#)
        await assertReply(#"{"jsonrpc":"2.0","id":7,"method":"length","params":{}}"#,
                          #"{"error":{"code":-32602,"message":"params.text is required"},"id":7,"jsonrpc":"2.0"}"#)
        await assertReply(#"{"jsonrpc":"2.0","id":8,"method":"length","params":"hi"}"#,
                          #"{"error":{"code":-32602,"message":"params must be an object or an array, not a string"},"id":8,"jsonrpc":"2.0"}"#)
        await assertReply(#"{"jsonrpc":"2.0","id":9,"method":"length","params":["hi"]}"#,
                          #"{"error":{"code":-32602,"message":"params must be an object, not an array"},"id":9,"jsonrpc":"2.0"}"#)
        await assertReply(#"{"jsonrpc":"2.0","id":10,"method":"length","params":{"text":null}}"#,
                          #"{"error":{"code":-32602,"message":"params.text must not be null (expected a string)"},"id":10,"jsonrpc":"2.0"}"#)
    }

    @Test func passesProductErrorsThrough() async {
        #expect(errorCode(await reply(#"{"jsonrpc":"2.0","id":1,"method":"lookup","params":{"user_id":"u-404"}}"#)) == -32001)
        #expect(errorMessage(await reply(#"{"jsonrpc":"2.0","id":1,"method":"lookup","params":{"user_id":"u-404"}}"#))
                == #"Unknown user: no customer record has user_id "u-404""#)
        #expect(errorCode(await reply(#"{"jsonrpc":"2.0","id":1,"method":"store"}"#)) == -32002)
        #expect(errorCode(await reply(#"{"jsonrpc":"2.0","id":1,"method":"crash"}"#)) == -32603)
    }

    @Test func answersABatchInOrderWithoutItsNotifications() async {
        let batch = #"[{"jsonrpc":"2.0","id":1,"method":"sum","params":{"a":1,"b":1}},{"jsonrpc":"2.0","method":"echo"},{"jsonrpc":"2.0","id":"x","method":"nope"}]"#
        let answer = await reply(batch)
        #expect(answer?.arrayValue?.count == 2)
        #expect(answer?.arrayValue?.first?["id"] == 1)
        #expect(answer?.arrayValue?.last?["id"] == "x")
        #expect(errorCode(answer?.arrayValue?.last) == -32601)
    }

    @Test func runsNotificationsButNeverAnswersThem() async {
        #expect(await reply(#"{"jsonrpc":"2.0","method":"echo","params":{"n":1}}"#) == nil)
        #expect(await reply(#"[{"jsonrpc":"2.0","method":"echo"},{"jsonrpc":"2.0","method":"nope"}]"#) == nil)
        #expect(service.calls.withLockedValue { $0 } == ["echo", "echo", "nope"])
    }

    @Test func refusesEmptyAndOversizedBatches() async {
        await assertReply("[]", #"{"error":{"code":-32600,"message":"Invalid request: an empty batch ([]) holds no request"},"id":null,"jsonrpc":"2.0"}"#)
        await assertReply("[1,2,3,4]", #"{"error":{"code":-32600,"message":"Invalid request: the batch holds 4 requests; the limit is 3"},"id":null,"jsonrpc":"2.0"}"#)
        let numbers = await reply("[1,2]")
        #expect(numbers?.arrayValue?.map { errorCode($0) } == [-32600, -32600])
    }

    @Test func routesReloadToTheServiceHook() async {
        await assertReply(#"{"jsonrpc":"2.0","id":1,"method":"reload"}"#, #"{"id":1,"jsonrpc":"2.0","result":{"count":1,"reloaded":true}}"#)
        service.failReload.withLockedValue { $0 = true }
        await assertReply(#"{"jsonrpc":"2.0","id":2,"method":"reload"}"#,
                          #"{"error":{"code":-32007,"message":"Reload failed: intents/broken.yaml:3: expected a mapping; the previous set stays in use"},"id":2,"jsonrpc":"2.0"}"#)
    }

    @Test func refusesEveryRequestWhileShuttingDown() async {
        let answer = await reply(#"[{"jsonrpc":"2.0","id":1,"method":"echo"},{"jsonrpc":"2.0","method":"echo"}]"#, refusing: .shuttingDown)
        #expect(answer?.arrayValue?.map { errorCode($0) } == [-32006])
        #expect(service.calls.withLockedValue { $0 }.isEmpty)
    }
}
