/// The matcher's settings, read from `intents/_matcher.yaml`.
///
/// `threshold` and `ambiguity` work like Rasa's `FallbackClassifier`: a top
/// confidence below `threshold` is answered as out of scope; a runner-up within
/// `ambiguity` of the top makes the bot ask which one was meant.
public struct MatcherConfiguration: Sendable, Equatable {
    /// Below this top confidence the decision is out of scope.
    public var threshold: Double = 0.35
    /// When the top two confidences are closer than this, the decision is clarify.
    public var ambiguity: Double = 0.1
    /// When the top intent is below `threshold` (or `out_of_scope` leads) but the
    /// in-scope intents together hold at least this much, ask which of the top two was
    /// meant instead of falling back. nil (the default) turns it off.
    public var domainThreshold: Double?
    /// Character n-gram sizes for Chinese runs.
    public var hanNgrams: [Int] = [1, 2, 3]
    /// Whether neighbouring words (and Han runs) give bigram features.
    public var wordBigrams: Bool = true
    /// Whether one-letter typos of English synonym variants are rewritten like the
    /// variant (`borow` → `借款`); words the examples use are never corrected.
    public var typoCorrection: Bool = true
    /// Character n-gram size inside English words (0 turns them off).
    public var latinCharNgram: Int = 3
    /// Weight of each feature family in the TF-IDF vector.
    public var familyWeights: [String: Double] = ["han": 1, "word": 1, "latin_chars": 0.5, "word_pair": 0.7, "domain": 1, "unknown": 1]
    /// Words that show a message is about credit, after normalisation and synonyms; a
    /// message with none gets the learned `no_domain` feature. Empty turns it off.
    public var domainTerms: [String] = []
    /// Training passes over the examples.
    public var epochs: Int = 12
    /// Initial SGD learning rate.
    public var learningRate: Double = 1.0
    /// L2 regularisation strength.
    public var l2: Double = 0.00001
    /// Class balancing: 0 trains on the examples as they are; 1 weighs each intent as if
    /// all had the same number of examples (so a big `out_of_scope` list does not win by size).
    public var balance: Double = 0.5
    /// Softmax temperature applied at prediction (above 1 flattens confidences).
    public var temperature: Double = 1
    /// Seed of the example shuffling, so training is deterministic.
    public var seed: UInt64 = 7

    public init() {}

    func weight(of family: FeatureExtractor.Family) -> Double {
        switch family {
        case .han, .hanUnigram: familyWeights["han"] ?? 1
        case .word: familyWeights["word"] ?? 1
        case .latinChars: familyWeights["latin_chars"] ?? 0.5
        case .wordPair: familyWeights["word_pair"] ?? 0.7
        case .domain: familyWeights["domain"] ?? 1
        }
    }
}
