import Logging
import NIOCore

/// Counts outstanding frames on one connection, encodes replies, and closes the connection
/// once it has been idle — no request outstanding and nothing read — for `idleTimeout`.
///
/// A slow request never counts as idle: the timer runs only while every frame read has
/// been answered (one `ConnectionOutput` per `LineFrame`). A client that stops reading its
/// replies makes the channel unwritable; if that lasts `idleTimeout`, the connection is
/// closed too, so it cannot hold a connection slot forever.
final class ConnectionHandler: ChannelDuplexHandler {
    typealias InboundIn = LineFrame
    typealias InboundOut = LineFrame
    typealias OutboundIn = ConnectionOutput
    typealias OutboundOut = ByteBuffer

    private let idleTimeout: TimeAmount
    private let logger: Logger
    private var outstanding = 0
    private var idleTimer: Scheduled<Void>?
    private var stallTimer: Scheduled<Void>?

    init(idleTimeout: TimeAmount, logger: Logger) {
        self.idleTimeout = idleTimeout
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { armTimer(context: context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        armTimer(context: context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancelTimer()
        cancelStallTimer()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelTimer()
        cancelStallTimer()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        cancelStallTimer()
        if !context.channel.isWritable {
            let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            stallTimer = context.eventLoop.scheduleTask(in: idleTimeout) {
                let (handler, context) = loopBound.value
                handler.logger.warning("closing connection: the client has not read its replies", metadata: ["for": "\(handler.idleTimeout)"])
                context.close(promise: nil)
            }
        }
        context.fireChannelWritabilityChanged()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        outstanding += 1
        cancelTimer()
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        outstanding = max(0, outstanding - 1)
        if outstanding == 0 { armTimer(context: context) }
        switch unwrapOutboundIn(data) {
        case .reply(let bytes): context.write(wrapOutboundOut(bytes), promise: promise)
        case .noReply: promise?.succeed()
        }
    }

    private func armTimer(context: ChannelHandlerContext) {
        cancelTimer()
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        idleTimer = context.eventLoop.scheduleTask(in: idleTimeout) {
            let (handler, context) = loopBound.value
            handler.idleTimerFired(context: context)
        }
    }

    private func idleTimerFired(context: ChannelHandlerContext) {
        idleTimer = nil
        guard outstanding == 0 else { return }
        logger.info("closing idle connection", metadata: ["idle": "\(idleTimeout)"])
        context.close(promise: nil)
    }

    private func cancelTimer() {
        idleTimer?.cancel()
        idleTimer = nil
    }

    private func cancelStallTimer() {
        stallTimer?.cancel()
        stallTimer = nil
    }
}
