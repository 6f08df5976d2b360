import Yams

extension FAQSuiteParser {
    /// Composes the YAML text into a node tree, turning Yams' errors into one `file:line` sentence.
    static func compose(_ text: String, file: String) throws(FAQSuiteError) -> Node {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw syntaxError(error, file: file)
        }
        guard let root else {
            throw FAQSuiteError(file: file, line: 0, problem: "is empty; a suite is a mapping with a cases list")
        }
        return root
    }

    static func syntaxError(_ error: any Error, file: String) -> FAQSuiteError {
        guard let yaml = error as? YamlError else {
            return FAQSuiteError(file: file, line: 0, problem: "is not valid YAML (\(error))")
        }
        switch yaml {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if problem == "but found another document" {
                return FAQSuiteError(file: file, line: mark.line,
                                     problem: "a second YAML document starts here; a suite file holds one document")
            }
            var sentence = "YAML syntax error: \(problem)"
            if let context { sentence += " (\(context.text), line \(context.mark.line))" }
            return FAQSuiteError(file: file, line: mark.line, problem: sentence)
        case let .reader(problem, offset, _, text):
            let line = offset.map { lineNumber(ofCharacter: $0, in: text) } ?? 0
            return FAQSuiteError(file: file, line: line, problem: "YAML syntax error: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return FAQSuiteError(file: file, line: context.mark.line,
                                 problem: "duplicate key \(keys) in one mapping")
        default:
            return FAQSuiteError(file: file, line: 0, problem: "is not valid YAML (\(yaml))")
        }
    }

    static func lineNumber(ofCharacter offset: Int, in text: String) -> Int {
        text.prefix(offset).reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
}
