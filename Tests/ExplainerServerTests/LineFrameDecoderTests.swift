@testable import ExplainerServer
import NIOCore
import NIOEmbedded
import Testing

@Suite struct LineFrameDecoderTests {
    private func makeChannel(maxLength: Int = 16) -> EmbeddedChannel {
        EmbeddedChannel(handler: ByteToMessageHandler(LineFrameDecoder(maxLength: maxLength)))
    }

    private func write(_ channel: EmbeddedChannel, _ text: String) throws {
        try channel.writeInbound(ByteBuffer(string: text))
    }

    private func frames(_ channel: EmbeddedChannel) throws -> [String] {
        var out: [String] = []
        while let frame = try channel.readInbound(as: LineFrame.self) {
            switch frame {
            case .line(let bytes): out.append(String(buffer: bytes))
            case .tooLong(let length): out.append("<too long: \(length)>")
            }
        }
        return out
    }

    @Test func joinsALineSplitAcrossReads() throws {
        let channel = makeChannel()
        try write(channel, #"{"a":"#)
        #expect(try frames(channel).isEmpty)
        try write(channel, "1}\nnext")
        #expect(try frames(channel) == [#"{"a":1}"#])
        try write(channel, "\n")
        #expect(try frames(channel) == ["next"])
        #expect(try channel.finish().isClean)
    }

    @Test func stripsCarriageReturnAndSkipsEmptyLines() throws {
        let channel = makeChannel()
        try write(channel, "one\r\n\r\n\ntwo\n")
        #expect(try frames(channel) == ["one", "two"])
    }

    @Test func acceptsALineOfExactlyTheLimit() throws {
        let channel = makeChannel(maxLength: 16)
        try write(channel, String(repeating: "x", count: 16) + "\r\n" + String(repeating: "y", count: 17) + "\n")
        #expect(try frames(channel) == [String(repeating: "x", count: 16), "<too long: 17>"])
    }

    @Test func discardsALongLineAcrossManyReadsAndKeepsGoing() throws {
        let channel = makeChannel(maxLength: 16)
        for _ in 0..<10 { try write(channel, String(repeating: "z", count: 100)) }
        #expect(try frames(channel).isEmpty)
        try write(channel, "zz\nok\n")
        #expect(try frames(channel) == ["<too long: 1002>", "ok"])
    }

    @Test func emitsAFinalLineWithoutNewlineAtEndOfInput() throws {
        let channel = makeChannel()
        try write(channel, "a\nlast")
        #expect(try frames(channel) == ["a"])
        _ = try channel.finish()
        #expect(try frames(channel) == ["last"])
    }

    @Test func reportsAnUnfinishedLongLineAtEndOfInput() throws {
        let channel = makeChannel(maxLength: 4)
        try write(channel, "0123456789")
        _ = try channel.finish()
        #expect(try frames(channel) == ["<too long: 10>"])
    }
}
