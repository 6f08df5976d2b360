import NIOCore
import NIOPosix

extension LoadGenerator {
    /// Connection `index`'s closed loop, run on its event loop by a ``ClosedLoopHandler``:
    /// each request is written from the handler that read the previous reply, so the client
    /// spends no thread hops per request (through async/await it spent two), and what the
    /// run measures is the server.
    func runClosedLoop(_ index: Int, eventLoopGroup: any EventLoopGroup) async throws -> ConnectionResult {
        let loop = eventLoopGroup.next()
        let finished = loop.makePromise(of: ConnectionResult.self)
        let generator = self
        let connecting = ClientBootstrap(group: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(ByteToMessageHandler(LineFrameDecoder(maxLength: 16 * 1024 * 1024)))
                    try sync.addHandler(ClosedLoopHandler(generator: generator, index: index, finished: finished))
                }
            }
            .connect(unixDomainSocketPath: socketPath)
        let channel: any Channel
        do { channel = try await connecting.get() } catch {
            finished.fail(error)
            throw error
        }
        return try await withTaskCancellationHandler {
            defer { channel.close(promise: nil) }
            return try await finished.futureResult.get()
        } onCancel: {
            channel.close(promise: nil)
        }
    }
}

/// Sends one connection's requests one after another, each as soon as the previous reply is
/// read, recording each latency from just before the write to the reply's arrival. Completes
/// `finished` with the connection's result, or fails it on a wrong reply or an early close.
final class ClosedLoopHandler: ChannelInboundHandler {
    typealias InboundIn = LineFrame
    typealias OutboundOut = ByteBuffer

    private let generator: LoadGenerator
    private let index: Int
    private let finished: EventLoopPromise<ConnectionResult>
    private var result = ConnectionResult(histogram: LoadGenerator.makeHistogram())
    private var sent = 0
    private var writtenAt = ContinuousClock.now
    private var done = false

    init(generator: LoadGenerator, index: Int, finished: EventLoopPromise<ConnectionResult>) {
        self.generator = generator
        self.index = index
        self.finished = finished
    }

    private var connection: Int { index + 1 }
    private var currentID: Int { index * generator.requestsPerConnection + sent }

    func channelActive(context: ChannelHandlerContext) {
        sendNext(context: context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !done else { return }
        switch unwrapInboundIn(data) {
        case .tooLong(let length):
            fail(LoadGeneratorError("connection \(connection): the server sent a line of \(length) bytes, over the client's limit"),
                 context: context)
        case .line(let reply):
            _ = result.histogram.record(LoadGenerator.nanoseconds(writtenAt.duration(to: .now)))
            do {
                try LoadGenerator.check(reply: reply, id: currentID, connection: connection, into: &result)
            } catch {
                fail(error, context: context)
                return
            }
            if sent == generator.requestsPerConnection {
                done = true
                finished.succeed(result)
            } else {
                sendNext(context: context)
            }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if !done {
            fail(LoadGeneratorError("connection \(connection): the server closed the connection after \(result.replies) replies"),
                 context: context)
        }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(error, context: context)
    }

    private func sendNext(context: ChannelHandlerContext) {
        sent += 1
        let line = generator.templates[currentID % generator.templates.count].line(id: currentID)
        writtenAt = .now
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(bytes: line)), promise: nil)
    }

    private func fail(_ error: any Error, context: ChannelHandlerContext) {
        guard !done else { return }
        done = true
        finished.fail(error)
        context.close(promise: nil)
    }
}
