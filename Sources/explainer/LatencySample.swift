import Foundation

/// Latencies measured in process, and their percentiles (exact: every sample is kept).
struct LatencySample {
    private(set) var nanos: [Int64] = []

    /// Runs `body` once and records how long it took.
    mutating func measure(_ clock: ContinuousClock, _ body: () -> Void) {
        let start = clock.now
        body()
        let d = clock.now - start
        nanos.append(d.components.seconds * 1_000_000_000 + d.components.attoseconds / 1_000_000_000)
    }

    func percentile(_ p: Double) -> Double {
        guard !nanos.isEmpty else { return 0 }
        let sorted = nanos.sorted()
        let i = min(sorted.count - 1, Int((Double(sorted.count) * p / 100).rounded(.up)) - 1)
        return Double(sorted[max(0, i)]) / 1000
    }

    /// `p50 12.3 µs  p90 …  p99 …  max …  (n=…)`
    var summary: String {
        let f = { (v: Double) in v >= 1000 ? String(format: "%.2f ms", v / 1000) : String(format: "%.1f µs", v) }
        return "p50 \(f(percentile(50)))  p90 \(f(percentile(90)))  p99 \(f(percentile(99)))  max \(f(percentile(100)))  (n=\(nanos.count))"
    }
}
