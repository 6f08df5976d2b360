import Foundation
import Yams

extension CatalogLoader {
    static let intentKeys: Set<String> = ["id", "plugin", "description", "examples", "synonyms"]

    /// Reads one `intents/<id>.yaml`.
    mutating func readIntent(_ doc: YAMLDocument, fileName: String) -> IntentDefinition? {
        let file = doc.file
        guard doc.root.mapping != nil else {
            error(file, doc.root.line, "must be a mapping with id, plugin, description and examples")
            return nil
        }
        for (key, keyNode, _) in doc.root.pairs where !Self.intentKeys.contains(key) {
            warning(file, keyNode.line, "unknown key '\(key)' (expected id, plugin, description, examples, synonyms)")
        }
        let expected = String(fileName.prefix { $0 != "." })
        guard let id = requiredText(doc.root, "id", file: file) else { return nil }
        let idLine = doc.root.keyLine("id")
        if id != expected {
            error(file, idLine, "id '\(id)' does not match the file name (expected '\(expected)')")
        }
        if !IntentID.isKnown(id) {
            error(file, idLine, "unknown intent id '\(id)'; the ids are: \(IntentID.all.joined(separator: ", "))")
        }
        let plugin = requiredText(doc.root, "plugin", file: file)
        let description = readDescription(doc.root, file: file)
        let examples = readExamples(doc.root, file: file, id: id)
        if let s = doc.root.value("synonyms") { readSynonyms(s, file: file) }
        guard let plugin, let description else { return nil }
        return IntentDefinition(id: id, plugin: plugin, description: description, examples: examples, file: file)
    }

    mutating func requiredText(_ root: Node, _ key: String, file: String) -> String? {
        guard let node = root.value(key) else {
            error(file, 1, "'\(key)' is missing")
            return nil
        }
        guard let text = node.text, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            error(file, node.line, "'\(key)' must be a non-empty text")
            return nil
        }
        return text
    }

    mutating func readDescription(_ root: Node, file: String) -> [Language: String]? {
        guard let node = root.value("description") else {
            error(file, 1, "'description' is missing (give zh and en texts)")
            return nil
        }
        guard node.mapping != nil else {
            error(file, node.line, "'description' must be a mapping with zh and en texts")
            return nil
        }
        var result: [Language: String] = [:]
        for language in Language.allCases {
            if let text = node.value(language.rawValue)?.text, !text.isEmpty {
                result[language] = text
            } else {
                warning(file, root.keyLine("description"), "'description' has no \(language.rawValue) text (missing translation)")
            }
        }
        return result
    }

    mutating func readExamples(_ root: Node, file: String, id: String) -> [IntentExample] {
        guard let node = root.value("examples") else {
            error(file, 1, "'examples' is missing (give zh and en lists)")
            return []
        }
        guard node.mapping != nil else {
            error(file, node.line, "'examples' must be a mapping with zh and en lists")
            return []
        }
        for (key, keyNode, _) in node.pairs where Language(rawValue: key) == nil {
            error(file, keyNode.line, "unknown language '\(key)' under 'examples' (expected zh or en)")
        }
        var result: [IntentExample] = []
        for language in Language.allCases {
            let list = readExampleList(node.value(language.rawValue), language: language, file: file, parentLine: root.keyLine("examples"))
            checkCount(list.count, language: language, id: id, file: file, line: node.keyLine(language.rawValue))
            result += list
        }
        return result
    }

    mutating func readExampleList(_ node: Node?, language: Language, file: String, parentLine: Int) -> [IntentExample] {
        guard let node else {
            error(file, parentLine, "no \(language.rawValue) examples (missing translation)")
            return []
        }
        guard let items = node.sequence else {
            error(file, node.line, "'examples.\(language.rawValue)' must be a list of questions")
            return []
        }
        var result: [IntentExample] = []
        for item in items {
            guard let text = item.text, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                error(file, item.line, "an example must be a non-empty text")
                continue
            }
            result.append(IntentExample(text: text, language: language, line: item.line))
        }
        if result.isEmpty && items.isEmpty {
            error(file, node.line, "no \(language.rawValue) examples (missing translation)")
        }
        return result
    }

    mutating func checkCount(_ count: Int, language: Language, id: String, file: String, line: Int) {
        let minimum = IntentCatalog.minimumDiagnosticExamples
        if IntentID.isDiagnostic(id) && count > 0 && count < minimum {
            warning(file, line, "only \(count) \(language.rawValue) examples; a diagnostic intent needs at least \(minimum)")
        }
    }

    /// Every contract intent should have a file; `out_of_scope` must.
    mutating func checkCoverage() {
        let present = Set(intents.map(\.id))
        for id in IntentID.all where !present.contains(id) {
            if id == IntentID.outOfScope {
                error(shown("out_of_scope.yaml"), nil, "is missing: out-of-scope questions are learned from its examples")
            } else {
                warning(shown("\(id).yaml"), nil, "is missing: the matcher will never answer '\(id)'")
            }
        }
    }

    /// Duplicate examples (after normalisation) and examples in the wrong language list.
    mutating func checkExamples(_ normalizer: Normalizer) {
        var seen: [String: (id: String, file: String, line: Int)] = [:]
        for intent in intents {
            for example in intent.examples {
                let n = normalizer.normalize(example.text, fallback: example.language)
                if n.language != example.language {
                    warning(intent.file, example.line, "this \(example.language.rawValue) example reads as \(n.language.rawValue)")
                }
                let key = FollowUpDetector.compact(n.units)
                if let first = seen[key] {
                    if first.id == intent.id {
                        warning(intent.file, example.line, "repeats the example on line \(first.line)")
                    } else {
                        error(intent.file, example.line, "the same question (after normalisation) is an example of '\(first.id)' too (\(first.file):\(first.line))")
                    }
                } else {
                    seen[key] = (intent.id, intent.file, example.line)
                }
            }
        }
    }
}
