import ExplainerCore
import Yams

extension FAQSuiteParser {
    /// Reads an `expect` mapping; at least one key must be present.
    static func parseExpect(_ node: Node, file: String, path: String, knownIntents: Set<String>?) throws(FAQSuiteError) -> FAQExpectation {
        let map = try YAMLMap(node, file: file, path: path, what: "a mapping of expectations")
        try map.checkKeys(expectKeys)
        var e = FAQExpectation()
        e.intent = try parseIntent(map, knownIntents: knownIntents)
        e.reasons = try parseReasons(map)
        e.steps = try parseTextList(map, "steps", what: "a list of step codes", allowEmpty: true)
        e.contains = try parseTextList(map, "contains", what: "a list of strings", allowEmpty: false) ?? []
        e.notContains = try parseTextList(map, "not_contains", what: "a list of strings", allowEmpty: false) ?? []
        e.clarify = try parseBool(map, "clarify")
        e.language = try parseChoice(map, "language", ["zh", "en"])
        guard !e.isEmpty else {
            throw map.error(at: node, "\(path): should name at least one of \(expectKeys.joined(separator: ", "))")
        }
        return e
    }

    static func parseIntent(_ map: YAMLMap, knownIntents: Set<String>?) throws(FAQSuiteError) -> String? {
        guard let intent = try map.text("intent") else { return nil }
        if let knownIntents, !knownIntents.contains(intent) {
            var problem = "\(map.child("intent")): \"\(intent)\" is not a known intent"
            if let near = Suggestion.closest(to: intent, in: knownIntents.sorted()) { problem += " (did you mean \(near)?)" }
            throw map.error(at: map.value("intent") ?? .init(""), problem)
        }
        guard !intent.isEmpty else { throw map.error(at: map.value("intent") ?? .init(""), "\(map.child("intent")): is empty") }
        return intent
    }

    static func parseReasons(_ map: YAMLMap) throws(FAQSuiteError) -> [ReasonCode]? {
        guard let texts = try parseTextList(map, "reasons", what: "a list of reason codes", allowEmpty: true) else { return nil }
        guard case let .sequence(items) = map.value("reasons") else { return [] }
        var codes: [ReasonCode] = []
        for (i, text) in texts.enumerated() {
            guard let code = ReasonCode(rawValue: text) else {
                var problem = "\(map.child("reasons"))[\(i)]: \"\(text)\" is not a reason code"
                let all = ReasonCode.allCases.map(\.rawValue)
                if let near = Suggestion.closest(to: text, in: all) { problem += " (did you mean \(near)?)" }
                throw map.error(at: items[i], problem)
            }
            codes.append(code)
        }
        return codes
    }

    /// A list of non-empty texts; anything else (a bare string, a mapping, a nested list) is an error.
    static func parseTextList(_ map: YAMLMap, _ key: String, what: String, allowEmpty: Bool) throws(FAQSuiteError) -> [String]? {
        guard let node = map.value(key) else { return nil }
        let path = map.child(key)
        guard case let .sequence(items) = node else { throw map.error(at: node, "\(path): should be \(what)") }
        if items.isEmpty && !allowEmpty { throw map.error(at: node, "\(path): should list at least one string") }
        var texts: [String] = []
        for (i, item) in items.enumerated() {
            guard case let .scalar(scalar) = item else { throw map.error(at: node, "\(path): should be \(what)") }
            guard !scalar.string.isEmpty else { throw map.error(at: item, "\(path)[\(i)]: is empty") }
            texts.append(scalar.string)
        }
        return texts
    }

    static func parseBool(_ map: YAMLMap, _ key: String) throws(FAQSuiteError) -> Bool? {
        guard let node = map.value(key) else { return nil }
        guard case .scalar = node, Resolver.default.resolveTag(of: node) == .bool, let value = node.bool else {
            throw map.error(at: node, "\(map.child(key)): should be true or false")
        }
        return value
    }
}
