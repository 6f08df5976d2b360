/// Classifies a customer's message into one of the catalog's intents.
///
/// Trained at start-up from `intents/` (TF-IDF over Chinese character n-grams and
/// English stems in one feature space, then multinomial logistic regression); it
/// takes a few tens of milliseconds and matching a message takes microseconds.
/// The decision follows `_matcher.yaml` like Rasa's `FallbackClassifier`, with two
/// changes: `out_of_scope` is an intent learned from negative examples (so a fluent
/// off-topic question is not answered confidently), and two close in-scope intents
/// give a clarify question instead of a fallback.
///
///     let matcher = IntentMatcher(catalog: try IntentCatalog.load(directory: "intents"))
///     let r = matcher.match("借呗额度只有1块钱")
///     r.decision      // .intent("limit_tiny")
///     r.candidates[0] // IntentCandidate(intent: "limit_tiny", confidence: 0.9…)
public final class IntentMatcher: Sendable {
    /// The settings in force (threshold, ambiguity, features, training).
    public let configuration: MatcherConfiguration
    /// The intents the matcher can answer, in class order.
    public let intents: [String]
    /// The normaliser the matcher reads messages through.
    public let normalizer: Normalizer
    let vectorizer: Vectorizer
    let model: SoftmaxModel

    /// Trains a matcher on every example of `catalog`.
    public convenience init(catalog: IntentCatalog) {
        let examples = catalog.intents.flatMap { intent in intent.examples.map { (intent.id, $0.text) } }
        self.init(examples: examples, configuration: catalog.configuration, normalizer: catalog.normalizer)
    }

    /// Trains a matcher on `(intent, text)` pairs; mainly for tests and tools.
    public init(examples: [(intent: String, text: String)], configuration: MatcherConfiguration = MatcherConfiguration(), normalizer: Normalizer = Normalizer()) {
        self.configuration = configuration
        self.normalizer = normalizer
        let ids = Array(Set(examples.map(\.intent))).sorted()
        intents = ids
        let classOf = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let documents = examples.map { normalizer.normalize($0.text).units }
        var vectorizer = Vectorizer(extractor: FeatureExtractor(configuration: configuration))
        vectorizer.fit(documents, configuration: configuration)
        self.vectorizer = vectorizer
        let training = zip(documents, examples).map { (units, example) in
            (vectorizer.vector(units, training: true), classOf[example.intent] ?? 0)
        }
        model = SoftmaxModel.train(training, classCount: ids.count, featureCount: vectorizer.featureCount, configuration: configuration)
    }

    /// Matches one message. `fallback` is the language of a message with no letters.
    public func match(_ text: String, fallback: Language = .zh) -> MatchResult {
        match(normalized: normalizer.normalize(text, fallback: fallback))
    }

    /// Matches an already-normalised message.
    public func match(normalized n: NormalizedText) -> MatchResult {
        let x = vectorizer.vector(n.units)
        let candidates = rank(x)
        let decision = vectorizer.hasContent(x) ? decide(candidates) : .outOfScope
        return MatchResult(language: n.language, decision: decision, candidates: candidates,
                           normalizedText: n.text, amounts: n.amounts)
    }

    private func rank(_ x: SparseVector) -> [IntentCandidate] {
        guard !intents.isEmpty else { return [] }
        let p = model.probabilities(x, temperature: configuration.temperature)
        return zip(intents, p).map { IntentCandidate(intent: $0, confidence: $1) }
            .sorted { $0.confidence != $1.confidence ? $0.confidence > $1.confidence : $0.intent < $1.intent }
    }

    /// The fallback policy: out of scope, clarify, or one intent.
    ///
    /// A confident top intent is answered (or, when the runner-up is within
    /// `ambiguity`, the bot asks which). Below `threshold` — or when `out_of_scope`
    /// leads — two close in-scope intents that together clear the threshold still make a
    /// clarify question; with `domain_threshold` set, so does any message whose in-scope
    /// intents together hold at least that much (it is about credit, the bot is only
    /// unsure which question): it asks about the top two instead of saying "I can't help".
    func decide(_ c: [IntentCandidate]) -> MatchDecision {
        guard let top = c.first else { return .outOfScope }
        if top.intent == IntentID.outOfScope || top.confidence < configuration.threshold {
            return fallback(c)
        }
        let second = c.count > 1 ? c[1] : nil
        guard let s = second, top.confidence - s.confidence < configuration.ambiguity else { return .intent(top.intent) }
        return s.intent == IntentID.outOfScope ? .clarify([top.intent]) : .clarify([top.intent, s.intent])
    }

    private func fallback(_ c: [IntentCandidate]) -> MatchDecision {
        let inScope = c.filter { $0.intent != IntentID.outOfScope }
        guard inScope.count >= 2 else { return .outOfScope }
        let (a, b) = (inScope[0], inScope[1])
        if c[0].intent != IntentID.outOfScope, c[1].intent != IntentID.outOfScope,
           a.confidence - b.confidence < configuration.ambiguity, a.confidence + b.confidence >= configuration.threshold {
            return .clarify([a.intent, b.intent])
        }
        let outOfScope = c.first { $0.intent == IntentID.outOfScope }?.confidence ?? 0
        if let d = configuration.domainThreshold, 1 - outOfScope >= d {
            return .clarify([a.intent, b.intent])
        }
        return .outOfScope
    }
}
