import NIOCore

/// A connection as the accept loop hands it to its task: the async channel, and whether to serve it.
struct AcceptedConnection: Sendable {
    let channel: NIOAsyncChannel<LineFrame, ConnectionOutput>
    let admission: ConnectionRegistry.Admission
    let peer: PeerCredentials?
}
