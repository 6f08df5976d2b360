import Foundation

/// A record that could not be read, with the place and the problem in one sentence.
///
/// `description` reads like `customers/li.json: loans[2].due_at: "2026-13-01" is not an ISO 8601 date`.
public struct RecordError: Error, Sendable, Equatable, CustomStringConvertible {
    public var source: String
    public var path: String
    public var problem: String

    public init(source: String, path: String, problem: String) {
        self.source = source; self.path = path; self.problem = problem
    }

    public var description: String {
        let place = path.isEmpty ? source : "\(source): \(path)"
        return "\(place): \(problem)"
    }
}

/// Decodes customer records from JSON with errors that name the field path.
public enum RecordDecoder {
    /// Decodes one record; `source` names the file or request in error messages.
    public static func decode(_ data: Data, source: String) throws(RecordError) -> CustomerRecord {
        try decode(CustomerRecord.self, from: data, source: source)
    }

    /// Decodes any Decodable with the same error treatment (platform status, FAQ inline records).
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, source: String) throws(RecordError) -> T {
        guard String(data: data, encoding: .utf8) != nil else {
            throw RecordError(source: source, path: "", problem: "is not valid UTF-8")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, source: source)
        } catch {
            throw RecordError(source: source, path: "", problem: "is not valid JSON (\(error.localizedDescription))")
        }
    }

    static func describe(_ error: DecodingError, source: String) -> RecordError {
        switch error {
        case let .keyNotFound(key, ctx):
            return RecordError(source: source, path: fieldPath(ctx.codingPath + [key]), problem: "is required but missing")
        case let .typeMismatch(type, ctx):
            return RecordError(source: source, path: fieldPath(ctx.codingPath), problem: "should be \(typeName(type))")
        case let .valueNotFound(type, ctx):
            return RecordError(source: source, path: fieldPath(ctx.codingPath), problem: "is null but should be \(typeName(type))")
        case let .dataCorrupted(ctx):
            if ctx.codingPath.isEmpty {
                let detail = (ctx.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                return RecordError(source: source, path: "", problem: "is not valid JSON" + (detail.map { " (\($0))" } ?? ""))
            }
            return RecordError(source: source, path: fieldPath(ctx.codingPath), problem: ctx.debugDescription)
        @unknown default:
            return RecordError(source: source, path: "", problem: "could not be read")
        }
    }

    /// `loans[2].due_at` from a coding path.
    static func fieldPath(_ path: [CodingKey]) -> String {
        var out = ""
        for key in path {
            if let i = key.intValue { out += "[\(i)]" } else { out += out.isEmpty ? key.stringValue : "." + key.stringValue }
        }
        return out
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Double.Type: return "a number"
        case is [Any].Type: return "an array"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") || name.hasPrefix("KeyedDecodingContainer") { return "an object" }
            return "an object"
        }
    }
}
