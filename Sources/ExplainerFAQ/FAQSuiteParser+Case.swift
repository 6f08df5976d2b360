import ExplainerCore
import Foundation
import Yams

extension FAQSuiteParser {
    /// Reads one case; the first problem in it is thrown.
    static func parseCase(_ node: Node, file: String, knownIntents: Set<String>?) throws(FAQSuiteError) -> FAQCase {
        guard case .mapping = node else {
            throw FAQSuiteError(file: file, line: node.line, problem: "a case should be a mapping with name, now and turns")
        }
        let map = try YAMLMap(node, file: file, path: "", what: "a mapping")
        try map.checkKeys(caseKeys)
        guard let name = try map.text("name"), !name.isEmpty else {
            throw FAQSuiteError(file: file, line: node.line, problem: "the case has no name")
        }
        let now = try parseNow(map, name: name)
        guard let turnsNode = map.value("turns") else {
            throw FAQSuiteError(file: file, line: node.line, problem: "case \"\(name)\" has no turns")
        }
        if map.value("user") != nil, let recordNode = map.value("record") {
            throw map.error(at: recordNode, "case \"\(name)\" names both user and record; give one of them")
        }
        return FAQCase(name: name, line: node.line, user: try parseUser(map),
                       record: try map.value("record").map { n throws(FAQSuiteError) in
                           try YAMLInlineDocument.decode(CustomerRecord.self, from: n, file: file, key: "record") },
                       platform: try map.value("platform").map { n throws(FAQSuiteError) in
                           try YAMLInlineDocument.decode(PlatformStatus.self, from: n, file: file, key: "platform") },
                       now: now, lang: try parseChoice(map, "lang", ["auto", "zh", "en"]),
                       turns: try parseTurns(turnsNode, in: map, knownIntents: knownIntents))
    }

    static func parseNow(_ map: YAMLMap, name: String) throws(FAQSuiteError) -> Date {
        guard let text = try map.text("now") else {
            throw FAQSuiteError(file: map.file, line: map.line,
                                problem: "case \"\(name)\" has no now (an ISO 8601 time such as 2026-11-20T10:00:00+08:00)")
        }
        guard let date = Timestamp.parse(text) else {
            throw map.error(at: map.value("now") ?? .init(""), "now: \"\(text)\" is not an ISO 8601 date")
        }
        return date
    }

    static func parseUser(_ map: YAMLMap) throws(FAQSuiteError) -> String? {
        guard let user = try map.text("user") else { return nil }
        guard !user.isEmpty else { throw map.error(at: map.value("user") ?? .init(""), "user: is empty") }
        return user
    }

    /// A text value that must be one of `allowed` (`lang`, `language`).
    static func parseChoice(_ map: YAMLMap, _ key: String, _ allowed: [String]) throws(FAQSuiteError) -> String? {
        guard let value = try map.text(key) else { return nil }
        guard allowed.contains(value) else {
            throw map.error(at: map.value(key) ?? .init(""),
                            "\(map.child(key)): \"\(value)\" is not one of \(allowed.joined(separator: ", "))")
        }
        return value
    }

    static func parseTurns(_ node: Node, in map: YAMLMap, knownIntents: Set<String>?) throws(FAQSuiteError) -> [FAQTurn] {
        guard case let .sequence(items) = node else {
            throw map.error(at: node, "turns: should be a list of turns, each with ask and expect")
        }
        guard !items.isEmpty else { throw map.error(at: node, "turns: should list at least one turn") }
        var turns: [FAQTurn] = []
        for (i, item) in items.enumerated() {
            turns.append(try parseTurn(item, file: map.file, path: "turns[\(i)]", knownIntents: knownIntents))
        }
        return turns
    }

    static func parseTurn(_ node: Node, file: String, path: String, knownIntents: Set<String>?) throws(FAQSuiteError) -> FAQTurn {
        let map = try YAMLMap(node, file: file, path: path, what: "a mapping with ask and expect")
        try map.checkKeys(turnKeys)
        guard let ask = try map.text("ask"), !ask.isEmpty else {
            throw FAQSuiteError(file: file, line: node.line, problem: "\(path): the turn has no ask")
        }
        guard let expectNode = map.value("expect") else {
            throw FAQSuiteError(file: file, line: node.line, problem: "\(path): the turn has no expect")
        }
        let expect = try parseExpect(expectNode, file: file, path: map.child("expect"), knownIntents: knownIntents)
        return FAQTurn(ask: ask, line: node.line, expect: expect)
    }
}
