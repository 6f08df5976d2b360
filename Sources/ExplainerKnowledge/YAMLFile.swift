import Foundation
import Yams

/// One YAML file read with line numbers kept, so every error can name `file:line`.
public struct YAMLFile {
    /// The path as shown in messages (relative, as given).
    public let path: String
    public let root: Node

    /// Reads and parses `path`; syntax errors name the line.
    public static func load(_ path: String, displayPath: String? = nil) throws(KnowledgeError) -> YAMLFile {
        let shown = displayPath ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KnowledgeError(file: shown, line: nil, message: "cannot be read (missing or not permitted)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw KnowledgeError(file: shown, line: nil, message: "is not valid UTF-8")
        }
        return try parse(text, path: shown)
    }

    /// Parses YAML text; `path` names it in errors.
    public static func parse(_ text: String, path: String) throws(KnowledgeError) -> YAMLFile {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw KnowledgeError(file: path, line: nil, message: "is empty")
            }
            return YAMLFile(path: path, root: node)
        } catch let e as KnowledgeError {
            throw e
        } catch let e as YamlError {
            throw describe(e, path: path)
        } catch {
            throw KnowledgeError(file: path, line: nil, message: "is not valid YAML (\(error))")
        }
    }

    static func describe(_ e: YamlError, path: String) -> KnowledgeError {
        switch e {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return KnowledgeError(file: path, line: mark.line, message: "YAML syntax error: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return KnowledgeError(file: path, line: context.mark.line, message: "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return KnowledgeError(file: path, line: nil, message: "is not valid YAML (\(e))")
        }
    }

    /// Decodes `node` (default: the root) as `T`; errors name the line of the offending field.
    public func decode<T: Decodable>(_ type: T.Type, at node: Node? = nil) throws(KnowledgeError) -> T {
        let target = node ?? root
        do {
            return try YAMLDecoder().decode(T.self, from: target)
        } catch let e as DecodingError {
            throw describe(e, in: target)
        } catch {
            throw KnowledgeError(file: path, line: target.mark?.line, message: "\(error)")
        }
    }

    func describe(_ e: DecodingError, in base: Node) -> KnowledgeError {
        let (path, problem): ([CodingKey], String)
        switch e {
        case let .keyNotFound(key, c): (path, problem) = (c.codingPath, "\(key.stringValue) is required but missing")
        case let .typeMismatch(t, c): (path, problem) = (c.codingPath, "should be \(String(describing: t).lowercased())")
        case let .valueNotFound(t, c): (path, problem) = (c.codingPath, "is empty but should be \(String(describing: t).lowercased())")
        case let .dataCorrupted(c): (path, problem) = (c.codingPath, c.debugDescription)
        @unknown default: (path, problem) = ([], "could not be read")
        }
        let node = Self.node(at: path, in: base)
        let name = path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        let field = name.hasPrefix(".") ? String(name.dropFirst()) : name
        return KnowledgeError(file: self.path, line: (node ?? base).mark?.line,
                              message: field.isEmpty ? problem : "\(field): \(problem)")
    }

    /// The deepest node that exists along `path`.
    static func node(at path: [CodingKey], in base: Node) -> Node? {
        var current = base
        for key in path {
            if let i = key.intValue, let seq = current.sequence, i < seq.count {
                current = seq[i]
            } else if let next = current[key.stringValue] {
                current = next
            } else {
                return current
            }
        }
        return current
    }

    /// The line of a mapping key (for messages about a key itself).
    public static func line(ofKey key: String, in mapping: Node) -> Int? {
        mapping.mapping?.first { $0.key.string == key }?.key.mark?.line
    }
}
