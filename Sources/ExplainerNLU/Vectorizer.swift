import Foundation

/// The TF-IDF vocabulary learned from the training examples.
///
/// Features never seen in training are ignored at match time; each known feature has
/// a weight of `idf × family weight`, and a vector's values are `(1 + ln tf) × weight`,
/// L2-normalised.
struct Vectorizer: Sendable {
    let extractor: FeatureExtractor
    private(set) var index: [UInt64: Int32] = [:]
    private(set) var weight: [Float] = []

    init(extractor: FeatureExtractor) { self.extractor = extractor }

    var featureCount: Int { weight.count }

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
        weight = (0..<family.count).map { i in
            let df = Double(documentFrequency[Int32(i)] ?? 0)
            return Float((log((n + 1) / (df + 1)) + 1) * c.weight(of: family[i]))
        }
    }

    /// The normalised TF-IDF vector of `units`; empty when no feature is known.
    func vector(_ units: [UInt32]) -> SparseVector {
        var buffer: [(FeatureExtractor.Family, UInt64)] = []
        buffer.reserveCapacity(units.count * 4)
        extractor.features(units, into: &buffer)
        var ids: [Int32] = []
        ids.reserveCapacity(buffer.count)
        for (_, h) in buffer { if let i = index[h] { ids.append(i) } }
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
        return v
    }
}
