@testable import ExplainerServer
import Logging
import NIOCore
import NIOEmbedded
import Testing

@Suite struct ConnectionHandlerTests {
    func makeChannel() throws -> EmbeddedChannel {
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(ConnectionHandler(idleTimeout: .seconds(60), logger: logger))
        try channel.connect(to: SocketAddress(unixDomainSocketPath: "/tmp/unused")).wait()
        return channel
    }

    @Test func closesAConnectionIdleForTheTimeout() throws {
        let channel = try makeChannel()
        channel.embeddedEventLoop.advanceTime(by: .seconds(59))
        #expect(channel.isActive)
        channel.embeddedEventLoop.advanceTime(by: .seconds(1))
        #expect(!channel.isActive)
    }

    @Test func neverClosesWhileARequestIsOutstanding() throws {
        let channel = try makeChannel()
        try channel.writeInbound(LineFrame.line(ByteBuffer(string: "{}")))
        channel.embeddedEventLoop.advanceTime(by: .seconds(600))
        #expect(channel.isActive)
        try channel.writeOutbound(ConnectionOutput.reply(ByteBuffer(string: "{}\n")))
        #expect(try channel.readOutbound(as: ByteBuffer.self) == ByteBuffer(string: "{}\n"))
        channel.embeddedEventLoop.advanceTime(by: .seconds(60))
        #expect(!channel.isActive)
    }

    @Test func aReadRestartsTheTimer() throws {
        let channel = try makeChannel()
        channel.embeddedEventLoop.advanceTime(by: .seconds(50))
        try channel.writeInbound(LineFrame.line(ByteBuffer(string: "{}")))
        try channel.writeOutbound(ConnectionOutput.noReply)
        #expect(try channel.readOutbound(as: ByteBuffer.self) == nil)
        channel.embeddedEventLoop.advanceTime(by: .seconds(50))
        #expect(channel.isActive)
        channel.embeddedEventLoop.advanceTime(by: .seconds(10))
        #expect(!channel.isActive)
    }
}

extension ConnectionHandlerTests {
    @Test func closesAClientThatStopsReadingItsReplies() throws {
        let channel = try makeChannel()
        try channel.writeInbound(LineFrame.line(ByteBuffer(string: "{}")))
        channel.isWritable = false
        channel.pipeline.fireChannelWritabilityChanged()
        channel.embeddedEventLoop.advanceTime(by: .seconds(59))
        #expect(channel.isActive)
        channel.embeddedEventLoop.advanceTime(by: .seconds(1))
        #expect(!channel.isActive)
    }

    @Test func forgivesAShortStall() throws {
        let channel = try makeChannel()
        try channel.writeInbound(LineFrame.line(ByteBuffer(string: "{}")))
        channel.isWritable = false
        channel.pipeline.fireChannelWritabilityChanged()
        channel.embeddedEventLoop.advanceTime(by: .seconds(30))
        channel.isWritable = true
        channel.pipeline.fireChannelWritabilityChanged()
        channel.embeddedEventLoop.advanceTime(by: .seconds(600))
        #expect(channel.isActive)
    }
}
