/// One JSON-RPC 2.0 request or notification, after validation.
///
/// Built from a parsed line by `RPCRequest.validate(_:)`; a request without an `id`
/// member is a notification and gets no reply. An `"id": null` is kept and echoed.
public struct RPCRequest: Sendable, Hashable {
    /// The request id exactly as sent (string, number or null); `nil` for a notification.
    public var id: JSONValue?
    /// The method name.
    public var method: String
    /// The params (an object or an array), or `nil` when absent.
    public var params: JSONValue?

    public init(id: JSONValue?, method: String, params: JSONValue? = nil) {
        self.id = id
        self.method = method
        self.params = params
    }

    /// True when the request carried no `id`: it gets no reply, whatever happens.
    public var isNotification: Bool { id == nil }

    /// The wire form, for clients.
    public var json: JSONValue {
        var members: [String: JSONValue] = ["jsonrpc": "2.0", "method": .string(method)]
        if let id { members["id"] = id }
        if let params { members["params"] = params }
        return .object(members)
    }
}
