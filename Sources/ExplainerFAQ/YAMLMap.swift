import Yams

/// A YAML mapping being read for a suite: string keys, their lines, and checks that
/// name `file:line` and the key path in every error.
struct YAMLMap {
    let file: String
    /// The key path of this mapping within the case (`turns[0].expect`); empty at the top.
    let path: String
    let line: Int
    let entries: [(key: String, line: Int, value: Node)]

    /// Reads `node` as a mapping; `what` names it in the error (`a case`).
    init(_ node: Node, file: String, path: String, what: String) throws(FAQSuiteError) {
        self.file = file
        self.path = path
        self.line = node.line
        guard case let .mapping(mapping) = node else {
            throw FAQSuiteError(file: file, line: node.line, problem: YAMLMap.label(path) + "should be \(what)")
        }
        var entries: [(key: String, line: Int, value: Node)] = []
        for (key, value) in mapping {
            guard case let .scalar(scalar) = key else {
                throw FAQSuiteError(file: file, line: key.line, problem: YAMLMap.label(path) + "keys must be plain words")
            }
            entries.append((scalar.string, key.line, value))
        }
        self.entries = entries
    }

    /// Refuses any key not in `allowed`, suggesting the closest one.
    func checkKeys(_ allowed: [String]) throws(FAQSuiteError) {
        for entry in entries where !allowed.contains(entry.key) {
            var problem = YAMLMap.label(path) + "unknown key \"\(entry.key)\""
            if let near = Suggestion.closest(to: entry.key, in: allowed) {
                problem += " (did you mean \(near)?)"
            } else {
                problem += " (expected one of \(allowed.joined(separator: ", ")))"
            }
            throw FAQSuiteError(file: file, line: entry.line, problem: problem)
        }
    }

    func value(_ key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }

    /// The key path of a child (`turns[0].expect.contains`).
    func child(_ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    /// A scalar's text, whatever YAML type it resolves to (`2026-11-20` stays text).
    func text(_ key: String) throws(FAQSuiteError) -> String? {
        guard let node = value(key) else { return nil }
        guard case let .scalar(scalar) = node else {
            throw error(at: node, child(key) + ": should be text")
        }
        return scalar.string
    }

    func error(at node: Node, _ problem: String) -> FAQSuiteError {
        FAQSuiteError(file: file, line: node.line, problem: problem)
    }

    /// `path: ` before a problem, or nothing at the top level.
    static func label(_ path: String) -> String {
        path.isEmpty ? "" : path + ": "
    }
}

extension Node {
    /// The 1-based line the node starts on (0 when Yams kept no mark).
    var line: Int { mark?.line ?? 0 }
}
