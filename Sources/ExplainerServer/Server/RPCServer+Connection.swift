import Logging
import NIOCore

extension RPCServer {
    /// Serves one connection to its end; its errors stay here and never reach the server.
    func serve(_ accepted: AcceptedConnection) async {
        switch accepted.admission {
        case .refused(let error):
            await refuse(accepted, with: error)
        case .admitted(let id):
            var connectionLogger = logger
            connectionLogger[metadataKey: "connection"] = "\(id)"
            let info = ConnectionInfo(id: id, peer: accepted.peer, logger: connectionLogger)
            await serveAdmitted(accepted.channel, id: id, info: info)
        }
    }

    private func refuse(_ accepted: AcceptedConnection, with error: RPCError) async {
        logger.warning("connection refused", metadata: [
            "peer": "\(accepted.peer.map(\.description) ?? "unknown")", "code": "\(error.code)",
        ])
        try? await accepted.channel.executeThenClose { _, outbound in
            try await outbound.write(Self.line(RPCResponse(error: error).json))
        }
    }

    private func serveAdmitted(_ channel: NIOAsyncChannel<LineFrame, ConnectionOutput>, id: UInt64, info: ConnectionInfo) async {
        info.logger.info("connection opened", metadata: ["peer": "\(info.peer.map(\.description) ?? "unknown")"])
        let started = ContinuousClock.now
        var answered = 0
        do {
            try await channel.executeThenClose { inbound, outbound in
                for try await frame in inbound {
                    let refusing: RPCError? = registry.beginRequest(id) ? nil : .shuttingDown
                    try await outbound.write(await output(for: frame, from: info, refusing: refusing))
                    if refusing == nil { answered += 1 }
                    // While draining, read no more: lines already read get -32006, then the stream ends.
                    if !registry.endRequest(id) { channel.channel.close(mode: .input, promise: nil) }
                }
            }
        } catch {
            info.logger.info("connection error", metadata: ["error": "\(error)"])
        }
        info.logger.info("connection closed", metadata: [
            "lines": "\(answered)", "duration": "\(started.duration(to: .now))",
        ])
    }

    /// The one output for one frame: a reply line, or nothing for notifications.
    func output(for frame: LineFrame, from info: ConnectionInfo, refusing: RPCError? = nil) async -> ConnectionOutput {
        switch frame {
        case .tooLong(let length):
            info.logger.warning("request line too long", metadata: ["bytes": "\(length)"])
            let error = RPCError.requestTooLarge(bytes: length, limit: configuration.maxLineLength)
            return Self.line(RPCResponse(error: error).json)
        case .line(let bytes):
            guard let reply = await dispatcher.reply(to: bytes, from: info, refusing: refusing) else { return .noReply }
            return Self.line(reply)
        }
    }

    /// A reply value as one `\n`-terminated line.
    static func line(_ value: JSONValue) -> ConnectionOutput {
        var bytes: [UInt8] = []
        value.write(to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        return .reply(ByteBuffer(bytes: bytes))
    }
}
