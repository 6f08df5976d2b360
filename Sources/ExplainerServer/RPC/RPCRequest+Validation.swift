extension RPCRequest {
    /// A request that is valid JSON but not a valid JSON-RPC request: always answered.
    public struct Invalid: Error, Sendable, Hashable {
        /// The request's id when it could be read, else `.null`.
        public var id: JSONValue
        public var error: RPCError
    }

    /// Checks one JSON value against JSON-RPC 2.0's request shape.
    ///
    /// The error sentences: `Invalid request: the request must be an object, not a number`,
    /// `Invalid request: jsonrpc must be "2.0"`, `Invalid request: method must be a string`,
    /// `Invalid request: id must be a string, a number or null`, and (-32602)
    /// `params must be an object or an array, not a string`.
    public static func validate(_ value: JSONValue) -> Result<RPCRequest, Invalid> {
        let value = value.resolved
        guard case .object(let members) = value else {
            return .failure(Invalid(id: .null, error: .invalidRequest("the request must be an object, not \(value.kindDescription)")))
        }
        let id = members["id"]
        if let id, !Self.isValidID(id) {
            return .failure(Invalid(id: .null, error: .invalidRequest("id must be a string, a number or null")))
        }
        let echoedID = id ?? .null
        guard members["jsonrpc"] == .string("2.0") else {
            return .failure(Invalid(id: echoedID, error: .invalidRequest("jsonrpc must be \"2.0\"")))
        }
        guard case .string(let method)? = members["method"] else {
            return .failure(Invalid(id: echoedID, error: .invalidRequest("method must be a string")))
        }
        let params = members["params"]
        switch params {
        case nil, .object?, .array?:
            return .success(RPCRequest(id: id, method: method, params: params))
        case let other?:
            let sentence = "params must be an object or an array, not \(other.kindDescription)"
            return .failure(Invalid(id: echoedID, error: .invalidParams(sentence)))
        }
    }

    private static func isValidID(_ id: JSONValue) -> Bool {
        switch id {
        case .string, .integer, .double, .null: true
        default: false
        }
    }
}
