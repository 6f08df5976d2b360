extension RPCError {
    /// Every error code the server sends. docs/protocol.md lists them with examples.
    public enum Code {
        /// The line is not valid UTF-8 or not valid JSON.
        public static let parseError = -32700
        /// Valid JSON, but not a JSON-RPC 2.0 request (or an empty/oversized batch).
        public static let invalidRequest = -32600
        /// No method of that name.
        public static let methodNotFound = -32601
        /// `params` missing, of the wrong shape, or a member of the wrong type.
        public static let invalidParams = -32602
        /// The server failed in a way that is not the client's fault.
        public static let internalError = -32603
        /// No customer record with the given `user_id`.
        public static let unknownUser = -32001
        /// The record store cannot be read right now.
        public static let recordStoreUnavailable = -32002
        /// The request line is longer than the limit (64 KiB by default).
        public static let requestTooLarge = -32003
        /// The `session_id` was created for a different `user_id`.
        public static let sessionBelongsToAnotherUser = -32004
        /// The `session_id` is unknown or its session has expired.
        public static let sessionExpired = -32005
        /// The server is shutting down and takes no new requests.
        public static let shuttingDown = -32006
        /// `reload` failed; the previous intents and knowledge stay in use.
        public static let reloadFailed = -32007
        /// The connecting process's uid is not on the server's allow-list.
        public static let peerNotAllowed = -32008
        /// The server already has its maximum number of connections.
        public static let tooManyConnections = -32009
    }

    /// `-32700`: `Parse error: expected ':' after an object key at byte 9`.
    public static func parseError(_ error: JSONParseError) -> RPCError {
        RPCError(code: Code.parseError, message: "Parse error: \(error)")
    }

    /// `-32600`: `Invalid request: method must be a string`.
    public static func invalidRequest(_ reason: String) -> RPCError {
        RPCError(code: Code.invalidRequest, message: "Invalid request: \(reason)")
    }

    /// `-32601`: `Method not found: "askk"; the methods are ask, diagnose, health, intents, reload`.
    public static func methodNotFound(_ method: String, available: [String] = []) -> RPCError {
        let list = available.isEmpty ? "" : "; the methods are " + available.sorted().joined(separator: ", ")
        return RPCError(code: Code.methodNotFound, message: "Method not found: \"\(method)\"\(list)")
    }

    /// `-32602`: the sentence as given, e.g. `params.text must be a string`.
    public static func invalidParams(_ sentence: String) -> RPCError {
        RPCError(code: Code.invalidParams, message: sentence)
    }

    /// `-32603`: `Internal error: …`.
    public static func internalError(_ reason: String) -> RPCError {
        RPCError(code: Code.internalError, message: "Internal error: \(reason)")
    }

    /// `-32001`: `Unknown user: no customer record has user_id "u-404"`.
    public static func unknownUser(_ userID: String) -> RPCError {
        RPCError(code: Code.unknownUser, message: "Unknown user: no customer record has user_id \"\(userID)\"")
    }

    /// `-32002`: `Record store unavailable: …`.
    public static func recordStoreUnavailable(_ reason: String) -> RPCError {
        RPCError(code: Code.recordStoreUnavailable, message: "Record store unavailable: \(reason)")
    }

    /// `-32003`: `Request too large: the line is 1048576 bytes; the limit is 65536 bytes`.
    public static func requestTooLarge(bytes: Int, limit: Int) -> RPCError {
        RPCError(
            code: Code.requestTooLarge,
            message: "Request too large: the line is \(bytes) bytes; the limit is \(limit) bytes",
            data: ["bytes": .integer(bytes), "limit": .integer(limit)]
        )
    }

    /// `-32006`: `Server shutting down: this request was not started; retry on a new connection`.
    public static let shuttingDown = RPCError(
        code: Code.shuttingDown,
        message: "Server shutting down: this request was not started; retry on a new connection"
    )

    /// `-32007`: `Reload failed: intents/limit_tiny.yaml:14: …; the previous set stays in use`.
    public static func reloadFailed(_ reason: String) -> RPCError {
        RPCError(code: Code.reloadFailed, message: "Reload failed: \(reason); the previous set stays in use")
    }

    /// `-32008`: `Connection refused: uid 1001 is not allowed to use this socket`.
    public static func peerNotAllowed(uid: UInt32) -> RPCError {
        RPCError(code: Code.peerNotAllowed, message: "Connection refused: uid \(uid) is not allowed to use this socket")
    }

    /// `-32009`: `Connection refused: the server already has 256 connections; retry later`.
    public static func tooManyConnections(limit: Int) -> RPCError {
        RPCError(
            code: Code.tooManyConnections,
            message: "Connection refused: the server already has \(limit) connections; retry later"
        )
    }
}
