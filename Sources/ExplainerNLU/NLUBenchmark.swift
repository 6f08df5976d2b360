/// Measures how long training and matching take, for `explainer bench`.
///
/// Training is timed over `trainingRuns` fresh matchers (the median is reported);
/// matching times every single `match` call over `iterations` passes through
/// `questions` and reports percentiles. Run it on a release build: debug builds are
/// ten or more times slower.
///
///     let r = NLUBenchmark.run(catalog: catalog, questions: questions, iterations: 200)
///     print(r)   // train 31.2 ms; match p50 9.8 µs, p90 14.0 µs, p99 22.5 µs (32000 matches)
public enum NLUBenchmark {
    /// Timings of one benchmark run.
    public struct Result: Sendable, Codable, Equatable, CustomStringConvertible {
        /// Median time to train a matcher from the catalog, in milliseconds.
        public let trainMillis: Double
        public let p50Micros: Double
        public let p90Micros: Double
        public let p99Micros: Double
        /// Number of timed `match` calls.
        public let matches: Int

        public var description: String {
            "train \(Self.format(trainMillis)) ms; match p50 \(Self.format(p50Micros)) µs, p90 \(Self.format(p90Micros)) µs, p99 \(Self.format(p99Micros)) µs (\(matches) matches)"
        }

        /// `v` with one decimal.
        public static func format(_ v: Double) -> String {
            let tenths = (v * 10).rounded() / 10
            return String(tenths)
        }
    }

    /// Loads `directory` (YAML parsing and checks) and returns the catalog with the milliseconds it took.
    public static func timeLoad(directory: String) throws(CatalogError) -> (catalog: IntentCatalog, millis: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let catalog = try IntentCatalog.load(directory: directory)
        return (catalog, millis(clock.now - start))
    }

    /// Trains `trainingRuns` matchers from `catalog`, then times `iterations` passes of `match` over `questions`.
    public static func run(catalog: IntentCatalog, questions: [String], iterations: Int, trainingRuns: Int = 5) -> Result {
        let clock = ContinuousClock()
        var trainTimes: [Double] = []
        var matcher = IntentMatcher(catalog: catalog)
        for _ in 0..<max(1, trainingRuns) {
            let start = clock.now
            matcher = IntentMatcher(catalog: catalog)
            trainTimes.append(millis(clock.now - start))
        }
        var samples: [Double] = []
        samples.reserveCapacity(questions.count * max(1, iterations))
        var sink = 0
        for _ in 0..<max(1, iterations) {
            for q in questions {
                let start = clock.now
                let r = matcher.match(q)
                samples.append(millis(clock.now - start) * 1000)
                sink &+= r.candidates.count
            }
        }
        precondition(sink >= 0)
        return Result(trainMillis: percentile(trainTimes, 0.5), p50Micros: percentile(samples, 0.5),
                      p90Micros: percentile(samples, 0.9), p99Micros: percentile(samples, 0.99), matches: samples.count)
    }

    static func millis(_ d: Duration) -> Double {
        let (s, atto) = d.components
        return Double(s) * 1000 + Double(atto) / 1e15
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let index = min(sorted.count - 1, max(0, Int((Double(sorted.count) * p).rounded(.up)) - 1))
        return sorted[index]
    }
}
