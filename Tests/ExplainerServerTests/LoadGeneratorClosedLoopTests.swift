import ExplainerServer
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
    let id: Int
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
        let id = (try? JSONValue(parsing: bytes))?["id"].flatMap { if case .integer(let i) = $0 { i } else { nil } } ?? -1
        switch respond(FakeRequest(number: count, id: id)) {
        case .reply(let line): context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: line + "\n")), promise: nil)
        case .close: context.close(promise: nil)
        case .ignore: break
        }
    }
}
