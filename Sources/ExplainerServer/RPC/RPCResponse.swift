/// One JSON-RPC 2.0 reply: a result or an error, with the request's id.
///
/// ```json
/// {"id":1,"jsonrpc":"2.0","result":{"sum":3}}
/// {"error":{"code":-32601,"message":"Method not found: \"nope\""},"id":2,"jsonrpc":"2.0"}
/// ```
public struct RPCResponse: Sendable, Hashable {
    /// The id of the request this answers; `.null` when it could not be read.
    public var id: JSONValue
    /// The method's result, or the error.
    public var outcome: Result<JSONValue, RPCError>

    public init(id: JSONValue, outcome: Result<JSONValue, RPCError>) {
        self.id = id
        self.outcome = outcome
    }

    /// A reply carrying `error` and `id: null`, for failures that precede any request (parse errors, too-long lines).
    public init(error: RPCError) {
        self.init(id: .null, outcome: .failure(error))
    }

    /// The wire form.
    public var json: JSONValue {
        switch outcome {
        case .success(let result): ["jsonrpc": "2.0", "id": id, "result": result]
        case .failure(let error): ["jsonrpc": "2.0", "id": id, "error": error.json]
        }
    }

    /// Reads a reply back (for clients and tests); `nil` when `json` is not a JSON-RPC reply.
    public init?(json: JSONValue) {
        guard json["jsonrpc"] == .string("2.0"), let id = json["id"] else { return nil }
        if let result = json["result"] {
            self.init(id: id, outcome: .success(result))
        } else if let errorValue = json["error"], let error = RPCError(json: errorValue) {
            self.init(id: id, outcome: .failure(error))
        } else {
            return nil
        }
    }
}
