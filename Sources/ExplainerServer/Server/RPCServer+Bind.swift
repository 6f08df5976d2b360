import Logging
import NIOCore
import NIOPosix

extension RPCServer {
    /// Creates the socket and starts accepting (requests are read once `run()` is called).
    ///
    /// Throws `ServerError`: `another server is already listening on PATH; …`,
    /// `PATH exists and is not a socket; refusing to replace it`, `cannot listen on PATH: …`,
    /// `--socket-group NAME is not a group on this machine`.
    public static func bind(configuration: ServerConfiguration, service: some RPCService) async throws(ServerError) -> RPCServer {
        let path = configuration.socketPath
        try SocketFile.prepare(path)
        let groupID = try configuration.socketGroup.map { name throws(ServerError) in try GroupLookup.groupID(for: name) }
        let registry = ConnectionRegistry(maxConnections: configuration.maxConnections)
        let dispatcher = RPCDispatcher(
            service: service, maxBatchSize: configuration.maxBatchSize,
            wallClock: configuration.wallClock, startedAt: .now
        )
        let channel = try await bindSocket(configuration: configuration, registry: registry, dispatcher: dispatcher)
        do {
            try SocketFile.applyPermissions(path, mode: configuration.socketMode, groupID: groupID)
        } catch {
            try? await channel.channel.close()
            SocketFile.remove(path)
            throw error
        }
        let server = RPCServer(configuration: configuration, dispatcher: dispatcher, registry: registry, serverChannel: channel)
        await server.signalWatcher?.waitUntilRegistered()
        return server
    }

    private static func bindSocket(
        configuration: ServerConfiguration, registry: ConnectionRegistry, dispatcher: RPCDispatcher
    ) async throws(ServerError) -> NIOAsyncChannel<AcceptedConnection, Never> {
        let bootstrap = ServerBootstrap(group: configuration.eventLoopGroup)
            .serverChannelOption(.backlog, value: 256)
            .childChannelOption(.allowRemoteHalfClosure, value: true)
        do {
            // Created owner-only; `applyPermissions` widens it to the configured mode afterwards.
            return try await SocketFile.withUmask(allowing: 0o600) {
                try await bootstrap.bind(unixDomainSocketPath: configuration.socketPath, cleanupExistingSocketFile: false) {
                    channel in
                    initializeChild(channel, configuration: configuration, registry: registry, dispatcher: dispatcher)
                }
            }
        } catch {
            throw .bindFailed(configuration.socketPath, error)
        }
    }

    /// Reads the peer, decides admission, and installs line framing, the idle timer and, for an
    /// admitted connection, the handler that answers its lines.
    private static func initializeChild(
        _ channel: any Channel, configuration: ServerConfiguration, registry: ConnectionRegistry, dispatcher: RPCDispatcher
    ) -> EventLoopFuture<AcceptedConnection> {
        PeerCredentials.read(from: channel).flatMapThrowing { peer in
            let pipeline = channel.pipeline.syncOperations
            try pipeline.addHandler(ByteToMessageHandler(LineFrameDecoder(maxLength: configuration.maxLineLength)))
            try pipeline.addHandler(ConnectionHandler(idleTimeout: TimeAmount(configuration.idleTimeout), logger: configuration.logger))
            let admission: AcceptedConnection.Admission
            switch admit(channel, peer: peer, allowedUIDs: configuration.allowedUIDs, registry: registry) {
            case .refused(let error):
                admission = .refused(error)
            case .admitted(let id):
                var logger = configuration.logger
                logger[metadataKey: "connection"] = "\(id)"
                let info = ConnectionInfo(id: id, peer: peer, logger: logger)
                let requests = RequestHandler(id: id, info: info, dispatcher: dispatcher, registry: registry,
                                              maxLineLength: configuration.maxLineLength)
                try pipeline.addHandler(requests)
                admission = .admitted(id: id, info: info, requests: NIOLoopBound(requests, eventLoop: channel.eventLoop))
            }
            let asyncChannel = try NIOAsyncChannel<LineFrame, ConnectionOutput>(wrappingChannelSynchronously: channel)
            return AcceptedConnection(channel: asyncChannel, admission: admission, peer: peer)
        }
    }

    private static func admit(
        _ channel: any Channel, peer: PeerCredentials?, allowedUIDs: Set<UInt32>?, registry: ConnectionRegistry
    ) -> ConnectionRegistry.Admission {
        if let allowedUIDs {
            guard let peer else {
                return .refused(RPCError(code: RPCError.Code.peerNotAllowed, message: "Connection refused: the peer's uid could not be read"))
            }
            guard allowedUIDs.contains(peer.uid) else { return .refused(.peerNotAllowed(uid: peer.uid)) }
        }
        return registry.admit(channel)
    }
}
