import NIOCore

/// A connection as the accept loop hands it to its task: the async channel, and whether to serve it.
struct AcceptedConnection: Sendable {
    /// How the connection is served.
    enum Admission: Sendable {
        /// Served: `requests` answers its lines once started.
        case admitted(id: UInt64, info: ConnectionInfo, requests: NIOLoopBound<RequestHandler>)
        /// Sent this error, then closed.
        case refused(RPCError)
    }

    let channel: NIOAsyncChannel<LineFrame, ConnectionOutput>
    let admission: Admission
    let peer: PeerCredentials?
}
