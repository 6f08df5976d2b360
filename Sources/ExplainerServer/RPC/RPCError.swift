/// A JSON-RPC error: what a client reads in a reply's `error` member.
///
/// Every failure a request can meet ends up as one of these, built by the named
/// constructors in `RPCError+Codes.swift` (so each code has one sentence style):
///
/// ```json
/// {"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"params.text must be a string"}}
/// ```
///
/// Services throw it with typed throws; `description` is the message sentence.
public struct RPCError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The JSON-RPC error code (see `RPCError.Code`).
    public var code: Int
    /// One sentence saying what went wrong and where.
    public var message: String
    /// Optional machine-readable detail.
    public var data: JSONValue?

    public init(code: Int, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    public var description: String { message }

    /// The wire form: `{"code": …, "message": …, "data": …}`.
    public var json: JSONValue {
        var members: [String: JSONValue] = ["code": .integer(code), "message": .string(message)]
        if let data { members["data"] = data }
        return .object(members)
    }

    /// Reads the wire form back (for clients); `nil` if `json` is not an error object.
    public init?(json: JSONValue) {
        guard let code = json["code"]?.integerValue, let message = json["message"]?.stringValue else { return nil }
        self.init(code: code, message: message, data: json["data"])
    }
}
