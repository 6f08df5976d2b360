import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// The help-desk socket server: JSON-RPC 2.0, one JSON value per line, over a Unix domain socket.
///
/// Two steps, so a caller knows the socket is ready before serving starts:
///
/// ```swift
/// var config = ServerConfiguration(socketPath: "/run/explainer.sock")
/// config.handlesSignals = true                        // SIGTERM/SIGINT stop, SIGHUP reloads
/// let server = try await RPCServer.bind(configuration: config, service: EngineService(engine))
/// await server.run()                                  // returns after a graceful shutdown
/// ```
///
/// `bind` refuses a path a live server holds (`another server is already listening on …`),
/// replaces a stale socket file, and creates the file with `socketMode` (0600 by default).
/// `run` serves until `shutdown()` or a signal, lets in-flight requests finish within
/// `shutdownGracePeriod`, removes the socket file, and returns.
public final class RPCServer: Sendable {
    enum Phase: Sendable {
        case bound, running, stopping, stopped
    }

    /// The configuration the server was bound with.
    public let configuration: ServerConfiguration
    let dispatcher: RPCDispatcher
    let registry: ConnectionRegistry
    let serverChannel: NIOAsyncChannel<AcceptedConnection, Never>
    let signalWatcher: SignalWatcher?
    let phase = NIOLockedValueBox(Phase.bound)
    var logger: Logger { configuration.logger }

    init(configuration: ServerConfiguration, dispatcher: RPCDispatcher, registry: ConnectionRegistry,
         serverChannel: NIOAsyncChannel<AcceptedConnection, Never>) {
        self.configuration = configuration
        self.dispatcher = dispatcher
        self.registry = registry
        self.serverChannel = serverChannel
        self.signalWatcher = configuration.handlesSignals ? SignalWatcher() : nil
    }

    /// How many connections are being served now.
    public var connectionCount: Int { registry.count }

    /// Serves connections until `shutdown()` (or SIGTERM/SIGINT with `handlesSignals`), then
    /// finishes in-flight requests within the grace period, removes the socket file, and returns.
    /// Call it once; later calls return at once.
    public func run() async {
        let starting = phase.withLockedValue { phase in
            guard phase == .bound else { return false }
            phase = .running
            return true
        }
        guard starting else { return }
        logger.info("server listening", metadata: ["socket": "\(configuration.socketPath)"])
        await withDiscardingTaskGroup { group in
            if let signalWatcher {
                group.addTask { await self.watchSignals(signalWatcher) }
            }
            await acceptConnections(into: &group)
            await finishConnections()
            group.cancelAll()
        }
        signalWatcher?.stop()
        SocketFile.remove(configuration.socketPath)
        phase.withLockedValue { $0 = .stopped }
        logger.info("server stopped", metadata: ["socket": "\(configuration.socketPath)"])
    }

    /// Stops accepting, answers new requests with `-32006`, and closes idle connections; `run()`
    /// then waits for in-flight requests. With `immediately`, or when called a second time
    /// while stopping, every connection is closed at once. Safe from any task or thread.
    public func shutdown(immediately: Bool = false) {
        let wasStopping = phase.withLockedValue { phase in
            defer { if phase != .stopped { phase = .stopping } }
            return phase == .stopping
        }
        logger.info("shutting down", metadata: ["immediately": "\(immediately || wasStopping)"])
        serverChannel.channel.close(promise: nil)
        registry.drain()
        if immediately || wasStopping { registry.closeAll() }
    }

    private func acceptConnections(into group: inout DiscardingTaskGroup) async {
        do {
            try await serverChannel.executeThenClose { inbound in
                for try await accepted in inbound {
                    group.addTask { await self.serve(accepted) }
                }
            }
        } catch {
            logger.error("accepting connections failed", metadata: ["error": "\(error)"])
        }
    }

    private func finishConnections() async {
        registry.drain()
        guard registry.count > 0 else { return }
        logger.info("waiting for in-flight requests", metadata: ["connections": "\(registry.count)"])
        if await !registry.waitUntilEmpty(timeout: configuration.shutdownGracePeriod) {
            logger.warning("grace period over; closing remaining connections", metadata: ["connections": "\(registry.count)"])
            registry.closeAll()
        }
    }
}
