import ExplainerCore
import ExplainerJSON
import Foundation
import Yams

/// Reads an inline `record` or `platform` block: YAML → JSON → the record decoder,
/// with the decoder's field path mapped back to the line it came from.
///
/// An error reads `suite.yaml:12: record.loans[0].due_at: "2026-13-01" is not an ISO 8601 date`.
enum YAMLInlineDocument {
    static func decode<T: Decodable>(_ type: T.Type, from node: Node, file: String, key: String) throws(FAQSuiteError) -> T {
        guard case .mapping = node else {
            throw FAQSuiteError(file: file, line: node.line, problem: "\(key): should be a mapping")
        }
        var bytes: [UInt8] = []
        try jsonValue(node, file: file, path: key).write(to: &bytes)
        let data = Data(bytes)
        do throws(RecordError) {
            return try RecordDecoder.decode(T.self, from: data, source: key)
        } catch {
            let place = locate(error.path, in: node)
            let path = error.path.isEmpty ? key : key + "." + error.path
            throw FAQSuiteError(file: file, line: place.line, problem: "\(path): \(error.problem)")
        }
    }

    /// The JSON form of a YAML node: plain scalars keep their YAML type, dates stay text.
    static func jsonValue(_ node: Node, file: String, path: String) throws(FAQSuiteError) -> JSONValue {
        switch node {
        case let .scalar(scalar):
            return scalarValue(scalar, node: node)
        case let .sequence(sequence):
            var items: [JSONValue] = []
            for (i, item) in sequence.enumerated() {
                items.append(try jsonValue(item, file: file, path: "\(path)[\(i)]"))
            }
            return .array(items)
        case let .mapping(mapping):
            var members: [String: JSONValue] = [:]
            for (key, value) in mapping {
                guard case let .scalar(k) = key else {
                    throw FAQSuiteError(file: file, line: key.line, problem: "\(path): keys must be plain words")
                }
                members[k.string] = try jsonValue(value, file: file, path: path + "." + k.string)
            }
            return .object(members)
        case .alias:
            return .null // Yams resolves aliases while composing; an alias node is never left in the tree.
        }
    }

    static func scalarValue(_ scalar: Node.Scalar, node: Node) -> JSONValue {
        switch Resolver.default.resolveTag(of: node) {
        case .null: return .null
        case .bool: return node.bool.map(JSONValue.bool) ?? .string(scalar.string)
        case .int: return node.int.map(JSONValue.integer) ?? .string(scalar.string)
        case .float:
            guard let v = node.float, v.isFinite else { return .string(scalar.string) }
            return .double(v)
        default: return .string(scalar.string)
        }
    }

    /// The deepest node a decoder path (`loans[0].due_at`) reaches in the YAML tree.
    static func locate(_ path: String, in root: Node) -> Node {
        var node = root
        for step in steps(of: path) {
            switch step {
            case let .key(k):
                guard case let .mapping(m) = node, let next = m[k] else { return node }
                node = next
            case let .index(i):
                guard case let .sequence(s) = node, i >= 0, i < s.count else { return node }
                node = s[i]
            }
        }
        return node
    }

    enum Step { case key(String), index(Int) }

    static func steps(of path: String) -> [Step] {
        var result: [Step] = []
        for part in path.split(separator: ".") {
            var rest = Substring(part)
            if let bracket = rest.firstIndex(of: "[") {
                let key = rest[..<bracket]
                if !key.isEmpty { result.append(.key(String(key))) }
                rest = rest[bracket...]
                while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                    if let i = Int(rest[rest.index(after: rest.startIndex)..<close]) { result.append(.index(i)) }
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                result.append(.key(String(rest)))
            }
        }
        return result
    }
}
