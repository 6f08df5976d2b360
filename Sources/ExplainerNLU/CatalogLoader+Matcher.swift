import Yams

extension CatalogLoader {
    /// `_matcher.yaml`: threshold, ambiguity, features and training settings.
    mutating func readMatcher(_ doc: YAMLDocument) {
        guard doc.root.mapping != nil else {
            error(doc.file, doc.root.line, "must be a mapping of matcher settings")
            return
        }
        var c = MatcherConfiguration()
        for (key, keyNode, value) in doc.root.pairs {
            switch key {
            case "threshold": c.threshold = number(value, doc.file, key, 0...1) ?? c.threshold
            case "ambiguity": c.ambiguity = number(value, doc.file, key, 0...1) ?? c.ambiguity
            case "domain_threshold": c.domainThreshold = number(value, doc.file, key, 0...1) ?? c.domainThreshold
            case "learning_rate": c.learningRate = number(value, doc.file, key, 0.0001...100) ?? c.learningRate
            case "l2": c.l2 = number(value, doc.file, key, 0...1) ?? c.l2
            case "balance": c.balance = number(value, doc.file, key, 0...1) ?? c.balance
            case "temperature": c.temperature = number(value, doc.file, key, 0.01...100) ?? c.temperature
            case "epochs": c.epochs = integer(value, doc.file, key, 1...1000) ?? c.epochs
            case "seed": c.seed = UInt64(integer(value, doc.file, key, 0...Int.max) ?? Int(c.seed))
            case "latin_char_ngram": c.latinCharNgram = integer(value, doc.file, key, 0...6) ?? c.latinCharNgram
            case "typo_correction": c.typoCorrection = boolean(value, doc.file, key) ?? c.typoCorrection
            case "word_bigrams": c.wordBigrams = boolean(value, doc.file, key) ?? c.wordBigrams
            case "han_ngrams": c.hanNgrams = sizes(value, doc.file) ?? c.hanNgrams
            case "domain_terms": c.domainTerms = terms(value, doc.file)
            case "family_weights": c.familyWeights = weights(value, doc.file) ?? c.familyWeights
            default: warning(doc.file, keyNode.line, "unknown setting '\(key)'")
            }
        }
        configuration = c
    }

    mutating func number(_ node: Node, _ file: String, _ key: String, _ range: ClosedRange<Double>) -> Double? {
        guard let v = node.float, range.contains(v) else {
            error(file, node.line, "'\(key)' must be a number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return v
    }

    mutating func integer(_ node: Node, _ file: String, _ key: String, _ range: ClosedRange<Int>) -> Int? {
        guard let v = node.int, range.contains(v) else {
            error(file, node.line, "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return v
    }

    mutating func boolean(_ node: Node, _ file: String, _ key: String) -> Bool? {
        guard let v = node.bool else {
            error(file, node.line, "'\(key)' must be true or false")
            return nil
        }
        return v
    }

    mutating func terms(_ node: Node, _ file: String) -> [String] {
        guard let seq = node.sequence else {
            error(file, node.line, "'domain_terms' must be a list of words")
            return []
        }
        return seq.compactMap { item in
            guard let t = item.text else {
                error(file, item.line, "a domain term must be a text")
                return nil
            }
            let s = surface(t)
            if s.isEmpty { error(file, item.line, "the domain term '\(t)' is empty after normalisation") }
            return s.isEmpty ? nil : s
        }
    }

    mutating func sizes(_ node: Node, _ file: String) -> [Int]? {
        let values = node.sequence?.compactMap { $0.int } ?? []
        guard let seq = node.sequence, values.count == seq.count, !values.isEmpty, values.allSatisfy({ (1...5).contains($0) }) else {
            error(file, node.line, "'han_ngrams' must be a list of sizes from 1 to 5, like [1, 2, 3]")
            return nil
        }
        return values
    }

    mutating func weights(_ node: Node, _ file: String) -> [String: Double]? {
        let known: Set<String> = ["han", "word", "latin_chars", "word_pair", "domain", "unknown"]
        var result = MatcherConfiguration().familyWeights
        guard node.mapping != nil else {
            error(file, node.line, "'family_weights' must be a mapping like {han: 1, word: 1}")
            return nil
        }
        for (key, keyNode, value) in node.pairs {
            guard known.contains(key), let v = value.float, v >= 0 else {
                error(file, keyNode.line, "'family_weights.\(key)' must be one of \(known.sorted().joined(separator: ", ")) with a number ≥ 0")
                continue
            }
            result[key] = v
        }
        return result
    }
}
