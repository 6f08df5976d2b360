import Yams

extension CatalogLoader {
    /// `_traditional.yaml`: `唄: 呗`, one character to one character.
    mutating func readTraditional(_ doc: YAMLDocument) {
        guard doc.root.mapping != nil else {
            error(doc.file, doc.root.line, "must be a mapping of traditional to simplified characters (唄: 呗)")
            return
        }
        var pairs: [Character: Character] = [:]
        for (key, keyNode, value) in doc.root.pairs {
            guard key.count == 1, let v = value.text, v.count == 1, let from = key.first, let to = v.first else {
                error(doc.file, keyNode.line, "'\(key)' must map one character to one character")
                continue
            }
            pairs[from] = to
        }
        traditional = CharacterTable(pairs: pairs)
    }

    /// `_synonyms.yaml` or an intent's `synonyms`: `canonical: [variant, …]`.
    mutating func readSynonyms(_ node: Node, file: String) {
        guard node.mapping != nil else {
            error(file, node.line, "synonyms must be a mapping of a canonical token to a list of variants")
            return
        }
        for (canonicalText, keyNode, value) in node.pairs {
            let canonical = surface(canonicalText)
            guard !canonical.isEmpty else {
                error(file, keyNode.line, "the canonical token '\(canonicalText)' is empty after normalisation")
                continue
            }
            let variants: [Node] = value.sequence.map(Array.init) ?? [value]
            for variantNode in variants {
                guard let text = variantNode.text else {
                    error(file, variantNode.line, "a synonym variant must be a text")
                    continue
                }
                addSynonym(surface(text), canonical: canonical, file: file, line: variantNode.line, written: text)
            }
        }
    }

    mutating func addSynonym(_ variant: String, canonical: String, file: String, line: Int, written: String) {
        guard !variant.isEmpty else {
            error(file, line, "the synonym variant '\(written)' is empty after normalisation")
            return
        }
        if let other = synonyms.add(variant: variant, canonical: canonical) {
            let origin = synonymOrigin[variant].map { " (\($0))" } ?? ""
            error(file, line, "the synonym '\(written)' points to two canonical tokens: '\(other)'\(origin) and '\(canonical)'")
        } else if synonymOrigin[variant] == nil {
            synonymOrigin[variant] = "\(file):\(line)"
        }
    }

    /// `_followups.yaml`: `fillers` and the four kinds, each with zh and en phrases.
    mutating func readFollowUps(_ doc: YAMLDocument) {
        guard doc.root.mapping != nil else {
            error(doc.file, doc.root.line, "must be a mapping with fillers, why, what_to_do, how_long and more")
            return
        }
        for (key, keyNode, value) in doc.root.pairs {
            if key == "choices" {
                readChoices(value, file: doc.file)
                continue
            }
            let phrases = readPhrases(value, file: doc.file, key: key)
            if key == "fillers" {
                followUpSource.fillers += phrases
            } else if let kind = FollowUpKind(rawValue: key) {
                followUpSource.patterns[kind, default: []] += phrases
            } else {
                warning(doc.file, keyNode.line, "unknown key '\(key)' (expected fillers, choices, \(FollowUpKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
    }

    /// `choices`: `first`, `second`… each with zh and en phrases that pick that option.
    /// Digits are always accepted, so a phrase must not contain one (it would read as
    /// `<number>` and could not tell the options apart).
    mutating func readChoices(_ node: Node, file: String) {
        guard node.mapping != nil else {
            error(file, node.line, "'choices' must be a mapping like {first: {zh: [第一个], en: [the first one]}}")
            return
        }
        for (key, keyNode, value) in node.pairs {
            guard let option = Self.ordinals.firstIndex(of: key) else {
                error(file, keyNode.line, "unknown choice '\(key)' (expected \(Self.ordinals.joined(separator: ", ")))")
                continue
            }
            let phrases = readPhrases(value, file: file, key: "choices.\(key)")
            let hasDigit = { (p: String) in p.unicodeScalars.contains { $0.properties.numericType == .decimal } }
            for phrase in phrases where hasDigit(phrase) {
                error(file, value.line, "the choice phrase '\(phrase)' has a digit; digits are accepted without being listed")
            }
            followUpSource.choices[option + 1, default: []] += phrases.filter { !hasDigit($0) }
        }
    }

    static let ordinals = ["first", "second", "third", "fourth"]

    mutating func readPhrases(_ node: Node, file: String, key: String) -> [String] {
        guard node.mapping != nil else {
            error(file, node.line, "'\(key)' must be a mapping with zh and en lists")
            return []
        }
        var result: [String] = []
        for (language, keyNode, list) in node.pairs {
            if Language(rawValue: language) == nil {
                warning(file, keyNode.line, "unknown language '\(language)' under '\(key)'")
            }
            guard let items = list.sequence else {
                error(file, list.line, "'\(key).\(language)' must be a list of phrases")
                continue
            }
            for item in items {
                if let t = item.text { result.append(t) } else { error(file, item.line, "a phrase must be a text") }
            }
        }
        return result
    }
}
