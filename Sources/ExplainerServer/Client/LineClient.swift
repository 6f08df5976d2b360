import NIOCore
import NIOPosix

/// A minimal client for newline-delimited JSON over a Unix socket: for the load generator,
/// the end-to-end tests, and any Swift tool that talks to `explainer serve`.
///
/// ```swift
/// let reply = try await LineClient.withConnection(to: "/run/explainer.sock") { connection in
///     try await connection.send(json: ["jsonrpc": "2.0", "id": 1, "method": "health"])
///     return try await connection.receiveJSON()
/// }
/// ```
///
/// The connection is closed when `body` returns or throws.
public enum LineClient {
    public static func withConnection<Result: Sendable>(
        to socketPath: String,
        maxLineLength: Int = 16 * 1024 * 1024,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        _ body: (inout LineConnection) async throws -> Result
    ) async throws -> Result {
        let channel = try await ClientBootstrap(group: eventLoopGroup)
            .connect(unixDomainSocketPath: socketPath) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(LineFrameDecoder(maxLength: maxLineLength))
                    )
                    return try NIOAsyncChannel<LineFrame, ByteBuffer>(
                        wrappingChannelSynchronously: channel,
                        configuration: .init(isOutboundHalfClosureEnabled: true)
                    )
                }
            }
        return try await channel.executeThenClose { inbound, outbound in
            var connection = LineConnection(iterator: inbound.makeAsyncIterator(), outbound: outbound)
            return try await body(&connection)
        }
    }
}
