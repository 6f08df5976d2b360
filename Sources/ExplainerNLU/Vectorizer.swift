import Foundation

/// The TF-IDF vocabulary learned from the training examples.
///
/// Features never seen in training are ignored at match time; each known feature has
/// a weight of `idf × family weight`, and a vector's values are `(1 + ln tf) × weight`,
/// L2-normalised. One more feature carries the share of the message's words (Han
/// characters, English stems) that the vocabulary does not know: in training, a word
/// found in no other example counts as unknown, so the model learns from the
/// out-of-scope examples' varied vocabulary that many unknown words mean "not ours".
struct Vectorizer: Sendable {
    let extractor: FeatureExtractor
    private(set) var index: [UInt64: Int32] = [:]
    private(set) var weight: [Float] = []
    private(set) var documentFrequency: [Int32] = []
    private(set) var unknownWeight: Float = 0

    init(extractor: FeatureExtractor) { self.extractor = extractor }

    /// Vocabulary size plus the unknown-share feature.
    var featureCount: Int { weight.count + 1 }
    var unknownIndex: Int32 { Int32(weight.count) }

    /// Learns the vocabulary and IDF from the training texts.
    mutating func fit(_ documents: [[UInt32]], configuration c: MatcherConfiguration) {
        var documentFrequency: [Int32: Int] = [:]
        var family: [FeatureExtractor.Family] = []
        var buffer: [(FeatureExtractor.Family, UInt64)] = []
        for units in documents {
            buffer.removeAll(keepingCapacity: true)
            extractor.features(units, into: &buffer)
            var seen = Set<Int32>()
            for (fam, h) in buffer {
                let i: Int32
                if let existing = index[h] {
                    i = existing
                } else {
                    i = Int32(family.count)
                    index[h] = i
                    family.append(fam)
                }
                if seen.insert(i).inserted { documentFrequency[i, default: 0] += 1 }
            }
        }
        let n = Double(documents.count)
        self.documentFrequency = (0..<family.count).map { Int32(documentFrequency[Int32($0)] ?? 0) }
        unknownWeight = Float(c.familyWeights["unknown"] ?? 1)
        weight = (0..<family.count).map { i in
            let df = Double(documentFrequency[Int32(i)] ?? 0)
            return Float((log((n + 1) / (df + 1)) + 1) * c.weight(of: family[i]))
        }
    }

    /// True when `v` holds a known feature of the text itself, not only the
    /// message-level flags (no domain term, share of unknown words).
    func hasContent(_ v: SparseVector) -> Bool {
        let noDomain = index[FeatureExtractor.noDomain]
        return v.indices.contains { $0 != unknownIndex && $0 != noDomain }
    }

    /// The normalised TF-IDF vector of `units`; empty when no feature is known.
    /// `training` counts words seen in no other example as unknown.
    func vector(_ units: [UInt32], training: Bool = false) -> SparseVector {
        var buffer: [(FeatureExtractor.Family, UInt64)] = []
        buffer.reserveCapacity(units.count * 4)
        extractor.features(units, into: &buffer)
        var ids: [Int32] = []
        ids.reserveCapacity(buffer.count)
        var unigrams = 0, unknown = 0
        for (family, h) in buffer {
            let i = index[h]
            if family.isUnigram {
                unigrams += 1
                if i == nil || (training && documentFrequency[Int(i ?? 0)] <= 1) { unknown += 1 }
            }
            if let i { ids.append(i) }
        }
        ids.sort()
        var v = SparseVector(indices: [], values: [])
        v.indices.reserveCapacity(ids.count)
        v.values.reserveCapacity(ids.count)
        var k = 0
        var norm: Float = 0
        while k < ids.count {
            var j = k
            while j < ids.count && ids[j] == ids[k] { j += 1 }
            let value = (1 + Float(log(Double(j - k)))) * weight[Int(ids[k])]
            v.indices.append(ids[k])
            v.values.append(value)
            norm += value * value
            k = j
        }
        if norm > 0 {
            let inv = 1 / norm.squareRoot()
            for i in v.values.indices { v.values[i] *= inv }
        }
        if unknown > 0 && unknownWeight > 0 && !v.indices.isEmpty {
            v.indices.append(unknownIndex)
            v.values.append(unknownWeight * Float(unknown) / Float(unigrams))
        }
        return v
    }
}
