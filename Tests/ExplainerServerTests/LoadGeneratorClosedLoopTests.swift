import ExplainerServer
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Testing

/// The closed loop runs on the event loop (no task per request): a server that answers with
/// the wrong id, closes early, or stops answering gets a sentence, never a hang or a crash.
@Suite struct LoadGeneratorClosedLoopTests {
    private static let echo = #"{"jsonrpc":"2.0","method":"echo"}"#

    @Test(.timeLimit(.minutes(1)))
    func aReplyWithAnotherIdIsNamed() async throws {
        try await withFakeServer({ _ in .reply(#"{"id":99,"jsonrpc":"2.0","result":null}"#) }) { path in
            let generator = try LoadGenerator(socketPath: path, connections: 1, requestsPerConnection: 3, requestLines: [Self.echo])
            #expect(await failure(of: generator) == "connection 1: reply 1 has id 99, expected 1")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aServerThatClosesEarlyIsNamedWithTheRepliesSoFar() async throws {
        try await withFakeServer({ request in request.number <= 2 ? .reply(#"{"id":\#(request.id),"result":1}"#) : .close }) { path in
            let generator = try LoadGenerator(socketPath: path, connections: 1, requestsPerConnection: 5, requestLines: [Self.echo])
            #expect(await failure(of: generator) == "connection 1: the server closed the connection after 2 replies")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aServerThatStopsAnsweringEndsAtTheTimeout() async throws {
        try await withFakeServer({ request in request.number == 1 ? .reply(#"{"id":\#(request.id),"result":1}"#) : .ignore }) { path in
            let generator = try LoadGenerator(socketPath: path, connections: 2, requestsPerConnection: 5, requestLines: [Self.echo],
                                              timeout: .milliseconds(500))
            #expect(await failure(of: generator) == "the run did not finish within 0.5 seconds")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func everyReplyIsCountedAndErrorRepliesToo() async throws {
        try await withFakeServer({ request in
            request.number % 2 == 0 ? .reply(#"{"error":{"code":-32601,"message":"no"},"id":\#(request.id),"jsonrpc":"2.0"}"#)
                                    : .reply(#"{"id":\#(request.id),"jsonrpc":"2.0","result":{"text":"额度\n"}}"#)
        }) { path in
            let generator = try LoadGenerator(socketPath: path, connections: 3, requestsPerConnection: 10, requestLines: [Self.echo])
            let report = try await generator.run()
            #expect(report.requests == 30)
            #expect(report.errorReplies == 15)
            #expect(report.histogram.totalCount == 30)
        }
    }
}

/// Batches: each line is a JSON-RPC batch of consecutive ids, and each reply array is matched
/// element by element (in any order); a wrong or refused batch gets a sentence.
@Suite struct LoadGeneratorBatchTests {
    private static let echo = #"{"jsonrpc":"2.0","method":"echo"}"#

    /// Answers every element of a batch, last first, with errors for the odd ids.
    private static func answerReversed(_ request: FakeRequest) -> FakeAction {
        let replies = request.ids.reversed().map { id in
            id % 2 == 1 ? #"{"error":{"code":-32601,"message":"no"},"id":\#(id),"jsonrpc":"2.0"}"#
                        : #"{"id":\#(id),"jsonrpc":"2.0","result":{"text":"额度"}}"#
        }
        return .reply("[" + replies.joined(separator: ",") + "]")
    }

    @Test(.timeLimit(.minutes(1)))
    func sendsConsecutiveIdsAndCountsEveryElement() async throws {
        let seen = SeenIDs()
        try await withFakeServer({ request in
            seen.append(request.ids)
            return Self.answerReversed(request)
        }) { path in
            let generator = try LoadGenerator(socketPath: path, connections: 2, requestsPerConnection: 12,
                                              requestLines: [Self.echo], batch: 4)
            let report = try await generator.run()
            #expect(report.requests == 24)
            #expect(report.errorReplies == 12)
            #expect(report.histogram.totalCount == 6)
        }
        #expect(seen.lines.sorted { $0[0] < $1[0] } == [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12],
                                                        [13, 14, 15, 16], [17, 18, 19, 20], [21, 22, 23, 24]])
    }

    @Test(.timeLimit(.minutes(1)))
    func aBatchReplyThatAnswersOneRequestTwiceIsNamed() async throws {
        try await withFakeServer({ request in
            let id = request.ids.first ?? 0
            return .reply(#"[{"id":\#(id),"result":1},{"id":\#(id),"result":1},{"id":\#(id + 2),"result":1}]"#)
        }) { path in
            let generator = try LoadGenerator(socketPath: path, connections: 1, requestsPerConnection: 6,
                                              requestLines: [Self.echo], batch: 3)
            #expect(await failure(of: generator) == "connection 1: the reply to batch 1 has id 1, expected one of 1…3 not answered yet")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aBatchTheServerRefusesWholeIsNamedWithItsMessage() async throws {
        try await withFakeServer({ _ in
            .reply(#"{"error":{"code":-32600,"message":"the batch holds 5 requests; the limit is 4"},"id":null,"jsonrpc":"2.0"}"#)
        }) { path in
            let generator = try LoadGenerator(socketPath: path, connections: 1, requestsPerConnection: 5,
                                              requestLines: [Self.echo], batch: 5)
            #expect(await failure(of: generator)
                == "connection 1: the reply to batch 1 is one object, not an array: the batch holds 5 requests; the limit is 4")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aShortBatchReplyIsNamed() async throws {
        try await withFakeServer({ request in .reply(#"[{"id":\#(request.ids.first ?? 0),"result":1}]"#) }) { path in
            let generator = try LoadGenerator(socketPath: path, connections: 1, requestsPerConnection: 2,
                                              requestLines: [Self.echo], batch: 2)
            #expect(await failure(of: generator) == "connection 1: the reply to batch 1 holds 1 replies, expected 2")
        }
    }
}

/// The id lists a fake server saw, one per line, from any connection.
private final class SeenIDs: Sendable {
    private let box = NIOLockedValueBox<[[Int]]>([])
    func append(_ ids: [Int]) { box.withLockedValue { $0.append(ids) } }
    var lines: [[Int]] { box.withLockedValue { $0 } }
}

/// The sentence a run ends with, or "no error".
private func failure(of generator: LoadGenerator) async -> String {
    do throws(LoadGeneratorError) {
        _ = try await generator.run()
        return "no error"
    } catch {
        return error.description
    }
}

/// What the fake server does with the `number`th line of a connection (whose request `id` it parsed).
private enum FakeAction: Sendable {
    case reply(String)
    case close
    case ignore
}

private struct FakeRequest {
    let number: Int
    /// The ids of the line's requests: one for a request object, one per element for a batch.
    let ids: [Int]
    var id: Int { ids.first ?? -1 }
}

/// A line server on a fresh socket whose every answer comes from `respond`.
private func withFakeServer(
    _ respond: @escaping @Sendable (FakeRequest) -> FakeAction, _ body: (String) async throws -> Void
) async throws {
    let directory = try TempDirectory()
    let path = directory.path + "/fake.sock"
    let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .childChannelInitializer { child in
            child.eventLoop.makeCompletedFuture {
                try child.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineFrameDecoder(maxLength: 1 << 20)))
                try child.pipeline.syncOperations.addHandler(FakeLineHandler(respond: respond))
            }
        }
        .bind(unixDomainSocketPath: path).get()
    do { try await body(path) } catch {
        try? await channel.close()
        throw error
    }
    try await channel.close()
}

private final class FakeLineHandler: ChannelInboundHandler {
    typealias InboundIn = LineFrame
    typealias OutboundOut = ByteBuffer
    private let respond: @Sendable (FakeRequest) -> FakeAction
    private var count = 0

    init(respond: @escaping @Sendable (FakeRequest) -> FakeAction) { self.respond = respond }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .line(let bytes) = unwrapInboundIn(data) else { return }
        count += 1
        let value = try? JSONValue(parsing: bytes)
        let requests = value?.arrayValue ?? value.map { [$0] } ?? []
        let ids = requests.map { $0["id"]?.integerValue ?? -1 }
        switch respond(FakeRequest(number: count, ids: ids)) {
        case .reply(let line): context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: line + "\n")), promise: nil)
        case .close: context.close(promise: nil)
        case .ignore: break
        }
    }
}
