import Foundation
import Yams

/// A YAML file of `intents/`, composed into nodes that keep their line numbers.
struct YAMLDocument {
    /// The path as shown in messages (`intents/appeal.yaml`).
    let file: String
    let root: Node

    /// Reads and composes `url`; records a syntax error (with its line) and returns nil on failure.
    static func read(_ url: URL, shownAs file: String, issues: inout [CheckIssue]) -> YAMLDocument? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            issues.append(CheckIssue(file: file, line: nil, message: "cannot be read"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            issues.append(CheckIssue(file: file, line: nil, message: "is not valid UTF-8"))
            return nil
        }
        do {
            guard let root = try Yams.compose(yaml: text) else {
                issues.append(CheckIssue(file: file, line: 1, message: "is empty"))
                return nil
            }
            return YAMLDocument(file: file, root: root)
        } catch let error as YamlError {
            let (line, message) = describe(error)
            issues.append(CheckIssue(file: file, line: line, message: "YAML syntax error: \(message)"))
        } catch {
            issues.append(CheckIssue(file: file, line: nil, message: "YAML syntax error: \(error)"))
        }
        return nil
    }

    static func describe(_ error: YamlError) -> (Int?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) (line \($0.mark.line)): " } ?? ""
            return (mark.line, detail + problem)
        case .reader(let problem, let offset, _, let yaml):
            let line = offset.map { o in yaml.utf8.prefix(o).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
            return (line, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        default:
            return (nil, "\(error)")
        }
    }
}

extension Node {
    /// The node's 1-based line (1 when Yams has no mark).
    var line: Int { mark?.line ?? 1 }

    /// A plain scalar's text (strings, numbers and booleans alike).
    var text: String? { scalar?.string }

    /// The pairs of a mapping whose keys are scalars, in file order.
    var pairs: [(key: String, keyNode: Node, value: Node)] {
        guard let m = mapping else { return [] }
        return m.compactMap { k, v in k.text.map { ($0, k, v) } }
    }

    /// The line of `key` itself in a mapping (where a maintainer looks), else the node's line.
    func keyLine(_ key: String) -> Int { pairs.first { $0.key == key }?.keyNode.line ?? line }

    /// The value for `key` in a mapping.
    func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
}
