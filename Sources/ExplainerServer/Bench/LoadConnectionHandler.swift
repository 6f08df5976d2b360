import NIOCore

/// Sent down every connection's pipeline once all of a run's connections are connected: the
/// instant the run starts (an open loop's schedule counts from it).
struct LoadStart: Sendable {
    let at: ContinuousClock.Instant
}

/// One connection of a load run, on its event loop: after ``LoadStart`` it sends its requests
/// one at a time — in closed loop each as soon as the previous reply is read, in open loop
/// at its due time (from a timer on the event loop, or at once when the previous reply came
/// after it) — and records each latency: from just before the write (closed loop) or from the
/// due time (open loop), to the reply's arrival. Completes `finished` with the connection's
/// result, or fails it on a wrong reply, an over-long line or an early close.
final class LoadConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = LineFrame
    typealias OutboundOut = ByteBuffer

    private let generator: LoadGenerator
    private let index: Int
    private let finished: EventLoopPromise<ConnectionResult>
    private var result = ConnectionResult(histogram: LoadGenerator.makeHistogram())
    private var start: ContinuousClock.Instant?
    /// Lines (requests, or batches of them) written so far; the one in flight is number `sent`.
    private var sent = 0
    /// Where the latency of the request in flight counts from.
    private var measuredFrom = ContinuousClock.now
    private var timer: Scheduled<Void>?
    private var done = false

    init(generator: LoadGenerator, index: Int, finished: EventLoopPromise<ConnectionResult>) {
        self.generator = generator
        self.index = index
        self.finished = finished
    }

    private var connection: Int { index + 1 }
    private var lines: Int { generator.requestsPerConnection / generator.batch }
    /// The id of the first request in the line in flight (ids run from 1, consecutive within a connection).
    private var firstID: Int { index * generator.requestsPerConnection + (sent - 1) * generator.batch + 1 }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard let begin = event as? LoadStart else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        start = begin.at
        sendNextWhenDue(context: context)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !done else { return }
        switch unwrapInboundIn(data) {
        case .tooLong(let length):
            fail(LoadGeneratorError("connection \(connection): the server sent a line of \(length) bytes, over the client's limit"),
                 context: context)
        case .line(let reply):
            _ = result.histogram.record(LoadGenerator.nanoseconds(measuredFrom.duration(to: .now)))
            do {
                if generator.batch == 1 {
                    try LoadGenerator.check(reply: reply, id: firstID, connection: connection, into: &result)
                } else {
                    try LoadGenerator.check(batchReply: reply, ids: firstID..<firstID + generator.batch,
                                            connection: connection, into: &result)
                }
            } catch {
                fail(error, context: context)
                return
            }
            if sent == lines {
                done = true
                finished.succeed(result)
            } else {
                sendNextWhenDue(context: context)
            }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        if !done {
            fail(LoadGeneratorError("connection \(connection): the server closed the connection after \(result.replies) replies"),
                 context: context)
        }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(error, context: context)
    }

    /// Closed loop: sends now. Open loop: sends at request `sent`'s due time, or now if that has passed.
    private func sendNextWhenDue(context: ChannelHandlerContext) {
        guard let rate = generator.rate, let start else {
            send(due: nil, context: context)
            return
        }
        let due = generator.due(line: sent, connection: index, rate: rate, start: start)
        let wait = ContinuousClock.now.duration(to: due)
        guard wait > .zero else {
            send(due: due, context: context)
            return
        }
        timer = context.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(wait)) { [self] in
            timer = nil
            guard !done else { return }
            send(due: due, context: context)
        }
    }

    private func send(due: ContinuousClock.Instant?, context: ChannelHandlerContext) {
        sent += 1
        let line = line(firstID: firstID)
        let now = ContinuousClock.now
        if let due { _ = result.lateness.record(LoadGenerator.nanoseconds(due.duration(to: now))) }
        measuredFrom = due ?? now
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(bytes: line)), promise: nil)
    }

    /// Line `sent`: the request `firstID`, or the batch of `generator.batch` requests from it.
    private func line(firstID: Int) -> [UInt8] {
        let templates = generator.templates
        guard generator.batch > 1 else { return templates[firstID % templates.count].line(id: firstID) }
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for id in firstID..<firstID + generator.batch {
            if id > firstID { bytes.append(UInt8(ascii: ",")) }
            templates[id % templates.count].append(id: id, to: &bytes)
        }
        bytes.append(contentsOf: "]\n".utf8)
        return bytes
    }

    private func fail(_ error: any Error, context: ChannelHandlerContext) {
        guard !done else { return }
        done = true
        timer?.cancel()
        finished.fail(error)
        context.close(promise: nil)
    }
}
