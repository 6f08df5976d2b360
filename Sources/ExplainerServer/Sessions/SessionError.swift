/// Why a `session_id` could not be used. Converted to `-32004`/`-32005` at the edge by `RPCError.init(_:)`.
public enum SessionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No session has this id (never created, evicted, or removed).
    case unknown(sessionID: String)
    /// The session was idle for longer than the table's idle timeout.
    case expired(sessionID: String)
    /// The session was created for a different `user_id`.
    case belongsToAnotherUser(sessionID: String)

    public var description: String {
        switch self {
        case .unknown(let id):
            "Session \"\(id)\" is unknown; omit session_id to start a new session"
        case .expired(let id):
            "Session \"\(id)\" has expired after being idle too long; omit session_id to start a new session"
        case .belongsToAnotherUser(let id):
            "Session \"\(id)\" belongs to another user; omit session_id to start a new session for this user"
        }
    }
}

extension RPCError {
    /// The wire form of a session error: `-32005` for unknown or expired, `-32004` for another user's session.
    public init(_ error: SessionError) {
        switch error {
        case .unknown, .expired:
            self.init(code: Code.sessionExpired, message: error.description)
        case .belongsToAnotherUser:
            self.init(code: Code.sessionBelongsToAnotherUser, message: error.description)
        }
    }
}
