/// Decodes a request's `params` into a `Decodable` struct, with `-32602` errors that name the param.
///
/// Use it at the top of a method:
///
/// ```swift
/// struct AskParams: Decodable { var text: String; var user_id: String? }
/// let p = try RPCParams.decode(AskParams.self, from: params)
/// ```
///
/// The sentences a client reads: `params must be an object, not an array`,
/// `params.text is required`, `params.text must be a string`,
/// `params.items[2].qty must be a number`, `params.text must not be null`.
/// Unknown members are ignored.
public enum RPCParams {
    public static func decode<T: Decodable>(_ type: T.Type, from params: JSONValue?) throws(RPCError) -> T {
        let value = (params ?? .object([:])).resolved
        guard case .object = value else {
            throw .invalidParams("params must be an object, not \(value.kindDescription)")
        }
        do {
            return try value.decode(as: type)
        } catch let error as DecodingError {
            throw .invalidParams(sentence(for: error))
        } catch {
            throw .invalidParams("params are not valid: \(error)")
        }
    }

    static func sentence(for error: DecodingError) -> String {
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)) must be \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)) must not be null (expected \(typeName(type)))"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is required"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "params are not valid: \(error)"
        }
    }

    /// `params.items[2].qty` from a coding path.
    static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce("params") { partial, key in
            if let index = key.intValue { return partial + "[\(index)]" }
            return partial + "." + key.stringValue
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is Substring.Type: "a string"
        case is Bool.Type: "a boolean"
        case is any BinaryInteger.Type: "an integer"
        case is any BinaryFloatingPoint.Type: "a number"
        case is [String: Any].Type, is [String: JSONValue].Type: "an object"
        default: typeNameByShape(type)
        }
    }

    private static func typeNameByShape(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array<") || name.hasPrefix("[") { return "an array" }
        if name.hasPrefix("Dictionary<") { return "an object" }
        return "a valid " + name
    }
}
