import Yams

/// Reads a FAQ suite file (DESIGN §8) into a ``FAQSuite``, refusing anything it does not understand.
///
/// Every error names `file:line` (from the YAML node marks) and the key path within
/// the case; unknown keys are errors, so a typo never silently passes. Examples:
///
///     faq/a.yaml:3: the case has no name
///     faq/a.yaml:9: turns[0].expect: unknown key "not_contain" (did you mean not_contains?)
///     faq/a.yaml:12: record.loans[0].due_at: "2026-13-01" is not an ISO 8601 date
public enum FAQSuiteParser {
    /// The keys a case may have.
    public static let caseKeys = ["name", "user", "record", "platform", "now", "lang", "turns"]
    /// The keys a turn may have.
    public static let turnKeys = ["ask", "expect"]
    /// The keys `expect` may have.
    public static let expectKeys = ["intent", "reasons", "steps", "contains", "not_contains", "clarify", "language"]

    /// Parses one suite; `file` names it in errors and reports.
    ///
    /// - Parameter knownIntents: when given, an `expect.intent` outside it is an error.
    /// - Throws: every problem found in the file, in order (one per bad case; a YAML
    ///   syntax error stops at once).
    public static func parse(_ text: String, file: String, knownIntents: Set<String>? = nil) throws(FAQSuiteErrors) -> FAQSuite {
        let root: Node
        do throws(FAQSuiteError) {
            root = try compose(text, file: file)
        } catch {
            throw FAQSuiteErrors([error])
        }
        let caseNodes: [Node]
        do throws(FAQSuiteError) {
            caseNodes = try cases(in: root, file: file)
        } catch {
            throw FAQSuiteErrors([error])
        }
        var parsed: [FAQCase] = []
        var errors: [FAQSuiteError] = []
        var firstLine: [String: Int] = [:]
        for node in caseNodes {
            do throws(FAQSuiteError) {
                parsed.append(try parseCase(node, file: file, knownIntents: knownIntents))
            } catch {
                errors.append(error)
            }
            guard case let .mapping(m) = node, case let .scalar(name)? = m["name"] else { continue }
            if let earlier = firstLine[name.string] {
                errors.append(FAQSuiteError(file: file, line: node.line,
                                            problem: "a case named \"\(name.string)\" already appears on line \(earlier)"))
            } else {
                firstLine[name.string] = node.line
            }
        }
        guard errors.isEmpty else { throw FAQSuiteErrors(errors) }
        return FAQSuite(file: file, cases: parsed)
    }

    /// The case nodes of a document that must be `{cases: [...]}` with at least one case.
    static func cases(in root: Node, file: String) throws(FAQSuiteError) -> [Node] {
        let top = try YAMLMap(root, file: file, path: "", what: "a mapping with a cases list")
        try top.checkKeys(["cases"])
        guard let list = top.value("cases") else {
            throw FAQSuiteError(file: file, line: root.line, problem: "the file has no cases list")
        }
        guard case let .sequence(items) = list, !items.isEmpty else {
            throw FAQSuiteError(file: file, line: list.line, problem: "cases: should list at least one case")
        }
        return Array(items)
    }
}
