import NIOConcurrencyHelpers
import NIOCore

/// Answers an admitted connection's lines on the connection's event loop, one at a time, in order.
///
/// It sits between ``ConnectionHandler`` (which counts outstanding lines and encodes replies)
/// and the connection's `NIOAsyncChannel`, and consumes every ``LineFrame``: a request is parsed,
/// dispatched and — for a service that answers on the event loop, like `EngineService` — computed
/// on the thread that read it, and its reply is written when its future completes (for `ask`,
/// when the audit commit lands). No task and no thread hop per request: on a small machine those
/// hops cost more than the answer itself.
///
/// The async side sees only the end of the connection, which is passed on once every line read
/// has been answered and the last reply written; the server's task for the connection then
/// closes it. Lines are held until ``start()`` (when the server's `run()` takes the connection
/// up). While the server drains, lines already read are answered `-32006`. Reading pauses while
/// ``maxQueued`` lines wait, and answering pauses while the channel is not writable, so a client
/// that pipelines without reading grows neither the queue nor the replies waiting to be sent.
final class RequestHandler: ChannelDuplexHandler {
    typealias InboundIn = LineFrame
    typealias InboundOut = LineFrame
    typealias OutboundIn = ConnectionOutput
    typealias OutboundOut = ConnectionOutput

    /// Lines read ahead of the one being answered before reading pauses.
    static let maxQueued = 16

    private let id: UInt64
    private let info: ConnectionInfo
    private let dispatcher: RPCDispatcher
    private let registry: ConnectionRegistry
    private let maxLineLength: Int
    private var context: ChannelHandlerContext?
    private var queue = CircularBuffer<LineFrame>()
    private var started = false
    private var busy = false
    private var closed = false
    private var readPending = false
    private var inputClosed = false
    private var answering = false
    private var lastWrite: EventLoopFuture<Void>?
    /// Requests answered (not counting lines refused while draining), for the connection's closing log line.
    private(set) var answered = 0

    init(id: UInt64, info: ConnectionInfo, dispatcher: RPCDispatcher, registry: ConnectionRegistry, maxLineLength: Int) {
        self.id = id
        self.info = info
        self.dispatcher = dispatcher
        self.registry = registry
        self.maxLineLength = maxLineLength
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        closed = true
        self.context = nil
    }

    /// Begins answering (lines read before this were held). Call on the channel's event loop.
    func start() {
        started = true
        answerNext()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        queue.append(unwrapInboundIn(data))
        answerNext()
    }

    func channelInactive(context: ChannelHandlerContext) {
        closed = true
        queue.removeAll()
        context.fireChannelInactive()
    }

    /// A client that does not read its replies makes the channel unwritable: no further line
    /// is taken up until it drains (so replies never pile up in memory, lines stay outstanding,
    /// and `ConnectionHandler` closes the connection if the stall lasts).
    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { answerNext() }
        context.fireChannelWritabilityChanged()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed {
            inputClosed = true
            passOnEndWhenAnswered()
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func read(context: ChannelHandlerContext) {
        guard queue.count < Self.maxQueued else {
            readPending = true
            return
        }
        context.read()
    }

    /// Takes up waiting lines while none is in progress. A loop, not recursion: replies that
    /// complete at once (a parse error, `health`) come back through ``answered(_:refused:)``
    /// while this runs, and a long queue of them must not grow the stack.
    private func answerNext() {
        guard !answering else { return }
        answering = true
        defer { answering = false }
        while started, !busy, !closed, let context, context.channel.isWritable, let frame = queue.popFirst() {
            if readPending, queue.count < Self.maxQueued {
                readPending = false
                context.read()
            }
            busy = true
            let refusing: RPCError? = registry.beginRequest(id) ? nil : .shuttingDown
            let loopBound = NIOLoopBound(self, eventLoop: context.eventLoop)
            output(for: frame, refusing: refusing, on: context.eventLoop).whenSuccess { output in
                loopBound.value.answered(output, refused: refusing != nil)
            }
        }
        passOnEndWhenAnswered()
    }

    private func answered(_ output: ConnectionOutput, refused: Bool) {
        busy = false
        let draining = !registry.endRequest(id)
        guard !closed, let context else { return }
        if !refused { answered += 1 }
        let written = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(output), promise: written)
        lastWrite = written.futureResult
        // While draining, read no more: lines already read get -32006, then the connection ends.
        if draining { context.close(mode: .input, promise: nil) }
        answerNext()
    }

    /// Once the input has ended and every line is answered and written, lets the async side see the end.
    private func passOnEndWhenAnswered() {
        guard inputClosed, started, !busy, queue.isEmpty, !closed, let context else { return }
        inputClosed = false
        let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
        let end: @Sendable () -> Void = { loopBound.value.fireUserInboundEventTriggered(ChannelEvent.inputClosed) }
        if let lastWrite { lastWrite.whenComplete { _ in end() } } else { end() }
    }

    /// The one output for one line: a reply line, or nothing for notifications. Never fails.
    private func output(for frame: LineFrame, refusing: RPCError?, on eventLoop: any EventLoop) -> EventLoopFuture<ConnectionOutput> {
        switch frame {
        case .tooLong(let length):
            info.logger.warning("request line too long", metadata: ["bytes": "\(length)"])
            let error = RPCError.requestTooLarge(bytes: length, limit: maxLineLength)
            return eventLoop.makeSucceededFuture(ConnectionOutput.line(RPCResponse(error: error).json))
        case .line(let bytes):
            return dispatcher.reply(to: bytes, from: info, refusing: refusing, on: eventLoop).map { reply in
                reply.map(ConnectionOutput.line) ?? .noReply
            }
        }
    }
}
