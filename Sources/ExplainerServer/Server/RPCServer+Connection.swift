import Logging
import NIOCore

extension RPCServer {
    /// Serves one connection to its end; its errors stay here and never reach the server.
    func serve(_ accepted: AcceptedConnection) async {
        switch accepted.admission {
        case .refused(let error):
            await refuse(accepted, with: error)
        case .admitted(_, let info, let requests):
            await serveAdmitted(accepted.channel, info: info, requests: requests)
        }
    }

    private func refuse(_ accepted: AcceptedConnection, with error: RPCError) async {
        logger.warning("connection refused", metadata: [
            "peer": "\(accepted.peer.map(\.description) ?? "unknown")", "code": "\(error.code)",
        ])
        try? await accepted.channel.executeThenClose { _, outbound in
            try await outbound.write(ConnectionOutput.line(RPCResponse(error: error).json))
        }
    }

    /// Starts the connection's `RequestHandler`, which answers every line on the event loop, and
    /// waits for the connection's end: the handler passes it on once every line read is answered.
    private func serveAdmitted(_ channel: NIOAsyncChannel<LineFrame, ConnectionOutput>, info: ConnectionInfo,
                               requests: NIOLoopBound<RequestHandler>) async {
        info.logger.info("connection opened", metadata: ["peer": "\(info.peer.map(\.description) ?? "unknown")"])
        let started = ContinuousClock.now
        let eventLoop = channel.channel.eventLoop
        eventLoop.execute { requests.value.start() }
        do {
            try await channel.executeThenClose { inbound, _ in
                for try await _ in inbound {}
            }
        } catch {
            info.logger.info("connection error", metadata: ["error": "\(error)"])
        }
        let answered = (try? await eventLoop.submit { requests.value.answered }.get()) ?? 0
        info.logger.info("connection closed", metadata: [
            "lines": "\(answered)", "duration": "\(started.duration(to: .now))",
        ])
    }
}
