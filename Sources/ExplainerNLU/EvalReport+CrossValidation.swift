extension EvalReport {
    /// K-fold cross-validation on the catalog's own examples: each intent's examples are
    /// dealt into `folds` folds (every k-th example), a matcher is trained without one
    /// fold and scored on it, for every fold. Measures generalisation without touching
    /// any evaluation file; misclassified lines point into `intents/`.
    public static func crossValidate(_ catalog: IntentCatalog, folds: Int) -> EvalReport {
        let k = max(2, folds)
        var counter = Counter()
        for fold in 0..<k {
            var training: [(intent: String, text: String)] = []
            var held: [(IntentDefinition, IntentExample)] = []
            for intent in catalog.intents {
                for (i, example) in intent.examples.enumerated() {
                    if i % k == fold { held.append((intent, example)) } else { training.append((intent.id, example.text)) }
                }
            }
            let matcher = IntentMatcher(examples: training, configuration: catalog.configuration, normalizer: catalog.normalizer)
            for (intent, example) in held {
                let q = LabelledQuestion(line: example.line, intent: intent.id, text: example.text)
                counter.add(q, matcher.match(example.text, fallback: example.language), file: intent.file)
            }
        }
        return counter.report(source: "\(catalog.directory) (\(k)-fold cross-validation)", badLines: [], intents: catalog.intents.map(\.id))
    }
}
