import Foundation

/// A sparse feature vector: feature indices with TF-IDF values, L2-normalised.
struct SparseVector: Sendable {
    var indices: [Int32]
    var values: [Float]
}

/// Multinomial logistic regression, trained by SGD at load time.
///
/// Its softmax outputs are the matcher's confidences: they sum to 1 over the intents,
/// and a message with little in common with any intent's examples spreads its mass
/// (or lands on `out_of_scope`, which is learned from negative examples).
struct SoftmaxModel: Sendable {
    let classCount: Int
    let featureCount: Int
    /// Row-major by feature: `weights[feature * classCount + class]`.
    private(set) var weights: [Float]
    private(set) var bias: [Float]

    /// Trains on `examples` (vector, class) with L2-regularised SGD (Bottou's
    /// learning-rate schedule and weight-scale trick, so each step touches only the
    /// example's own features). Deterministic for a given seed.
    static func train(_ examples: [(SparseVector, Int)], classCount: Int, featureCount: Int, configuration c: MatcherConfiguration) -> SoftmaxModel {
        var model = SoftmaxModel(classCount: classCount, featureCount: featureCount,
                                 weights: [Float](repeating: 0, count: featureCount * classCount),
                                 bias: [Float](repeating: 0, count: classCount))
        model.fit(examples, configuration: c)
        return model
    }

    private mutating func fit(_ examples: [(SparseVector, Int)], configuration c: MatcherConfiguration) {
        guard !examples.isEmpty else { return }
        var order = Array(0..<examples.count)
        var rng = SplitMix64(seed: c.seed)
        var scale = 1.0
        var step = 0.0
        let lr0 = c.learningRate, l2 = c.l2, C = classCount
        let classWeight = Self.classWeights(examples.map(\.1), classCount: C, power: c.balance)
        var scores = [Float](repeating: 0, count: C)
        var gradient = [Float](repeating: 0, count: C)
        for _ in 0..<max(1, c.epochs) {
            order.shuffle(using: &rng)
            for e in order {
                let (x, y) = examples[e]
                let eta = lr0 / (1 + lr0 * l2 * step)
                step += 1
                scores.withUnsafeMutableBufferPointer { sc in
                    gradient.withUnsafeMutableBufferPointer { g in
                        weights.withUnsafeMutableBufferPointer { w in
                            bias.withUnsafeMutableBufferPointer { b in
                                Self.step(x: x, y: y, eta: eta, weight: classWeight[y], scale: &scale, l2: l2,
                                          w: w, b: b, scores: sc, gradient: g, classCount: C)
                            }
                        }
                    }
                }
                if scale < 1e-3 { rescale(&scale) }
            }
        }
        rescale(&scale)
    }

    /// One SGD step on one example, on raw buffers (the training hot loop).
    private static func step(x: SparseVector, y: Int, eta: Double, weight: Double, scale: inout Double, l2: Double,
                             w: UnsafeMutableBufferPointer<Float>, b: UnsafeMutableBufferPointer<Float>,
                             scores: UnsafeMutableBufferPointer<Float>, gradient g: UnsafeMutableBufferPointer<Float>,
                             classCount C: Int) {
        let s = Float(scale)
        for cls in 0..<C { scores[cls] = b[cls] }
        x.indices.withUnsafeBufferPointer { idx in
            x.values.withUnsafeBufferPointer { val in
                for k in 0..<idx.count {
                    let base = Int(idx[k]) * C
                    let xv = val[k] * s
                    for cls in 0..<C { scores[cls] += w[base + cls] * xv }
                }
                var m = scores[0]
                for cls in 1..<C where scores[cls] > m { m = scores[cls] }
                var sum: Float = 0
                for cls in 0..<C {
                    scores[cls] = expf(scores[cls] - m)
                    sum += scores[cls]
                }
                for cls in 0..<C { g[cls] = (scores[cls] / sum - (cls == y ? 1 : 0)) * Float(weight) }
                scale *= (1 - eta * l2)
                let factor = Float(eta / scale)
                for k in 0..<idx.count {
                    let base = Int(idx[k]) * C
                    let xv = val[k] * factor
                    for cls in 0..<C { w[base + cls] -= g[cls] * xv }
                }
                for cls in 0..<C { b[cls] -= Float(eta) * g[cls] }
            }
        }
    }

    /// `(mean class size / class size) ^ power`: 0 leaves classes as they are, 1 balances them fully.
    static func classWeights(_ labels: [Int], classCount: Int, power: Double) -> [Double] {
        var count = [Double](repeating: 0, count: classCount)
        for y in labels { count[y] += 1 }
        let mean = Double(labels.count) / Double(max(1, classCount))
        return count.map { $0 == 0 ? 1 : pow(mean / $0, power) }
    }

    private mutating func rescale(_ scale: inout Double) {
        let s = Float(scale)
        for i in weights.indices { weights[i] *= s }
        scale = 1
    }

    /// Raw class scores for `x`.
    func logits(_ x: SparseVector, scale: Float = 1, into scores: inout [Double]) {
        let C = classCount
        for cls in 0..<C { scores[cls] = Double(bias[cls]) }
        weights.withUnsafeBufferPointer { w in
            for k in 0..<x.indices.count {
                let base = Int(x.indices[k]) * C
                let xv = Double(x.values[k] * scale)
                for cls in 0..<C { scores[cls] += Double(w[base + cls]) * xv }
            }
        }
    }

    /// Class probabilities for `x` (softmax of the scores divided by `temperature`).
    func probabilities(_ x: SparseVector, temperature: Double) -> [Double] {
        var scores = [Double](repeating: 0, count: classCount)
        logits(x, into: &scores)
        if temperature != 1 && temperature > 0 {
            for i in scores.indices { scores[i] /= temperature }
        }
        softmaxInPlace(&scores)
        return scores
    }
}

func softmaxInPlace(_ v: inout [Double]) {
    guard let m = v.max() else { return }
    var sum = 0.0
    for i in v.indices {
        v[i] = exp(v[i] - m)
        sum += v[i]
    }
    for i in v.indices { v[i] /= sum }
}

/// A small deterministic random number generator (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
