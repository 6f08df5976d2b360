/// A request line with its id left out, so each request can carry a fresh one cheaply.
struct RequestTemplate: Sendable {
    /// The serialized object without `id`, minus its opening brace: `"jsonrpc":"2.0",…}` or `}`.
    private let rest: [UInt8]

    /// Checks that `line` is one JSON-RPC request object (not a notification template).
    init(line: String, number: Int) throws(LoadGeneratorError) {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: line)
        } catch {
            throw LoadGeneratorError("request line \(number) is not valid JSON: \(error)")
        }
        guard case .object(var members) = value else {
            throw LoadGeneratorError("request line \(number) is \(value.kindDescription), not a request object")
        }
        members["id"] = nil
        guard case .success = RPCRequest.validate(.object(members.merging(["id": 1]) { a, _ in a })) else {
            throw LoadGeneratorError("request line \(number) is not a JSON-RPC 2.0 request (it needs \"jsonrpc\":\"2.0\" and a method)")
        }
        var bytes: [UInt8] = []
        JSONValue.object(members).write(to: &bytes)
        rest = Array(bytes.dropFirst())
    }

    /// The request line with `"id":id`, ending in `\n`.
    func line(id: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        append(id: id, to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// Appends the request object with `"id":id` to `bytes`.
    func append(id: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: "{\"id\":\(id)".utf8)
        if rest.first != UInt8(ascii: "}") { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: rest)
    }
}
