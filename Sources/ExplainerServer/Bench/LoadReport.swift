import Foundation
import Histogram

/// What a load run measured: counts, throughput, and latency percentiles (from an HdrHistogram).
///
/// `description` is one line:
/// `connections 32, requests 32000, error replies 0, elapsed 1.204 s, throughput 26578 req/s, latency p50 1.103 ms, p90 1.650 ms, p99 3.071 ms, max 9.470 ms`
public struct LoadReport: Sendable, CustomStringConvertible {
    public let connections: Int
    /// Replies received (each matched its request's id).
    public let requests: Int
    /// Replies that carried a JSON-RPC error.
    public let errorReplies: Int
    /// Wall time from the first connect to the last reply.
    public let elapsed: Duration
    /// Every request's latency in nanoseconds.
    public let histogram: Histogram<UInt64>

    init(connections: Int, results: [ConnectionResult], elapsed: Duration) {
        var histogram = LoadGenerator.makeHistogram()
        for result in results { histogram.add(result.histogram) }
        self.connections = connections
        self.requests = results.reduce(0) { $0 + $1.replies }
        self.errorReplies = results.reduce(0) { $0 + $1.errorReplies }
        self.elapsed = elapsed
        self.histogram = histogram
    }

    /// Replies per second over the whole run.
    public var throughput: Double {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return seconds > 0 ? Double(requests) / seconds : 0
    }

    /// The latency at `percentile` (0–100).
    public func latency(atPercentile percentile: Double) -> Duration {
        .nanoseconds(Int64(clamping: histogram.valueAtPercentile(percentile)))
    }

    public var p50: Duration { latency(atPercentile: 50) }
    public var p90: Duration { latency(atPercentile: 90) }
    public var p99: Duration { latency(atPercentile: 99) }
    public var max: Duration { .nanoseconds(Int64(clamping: histogram.max)) }

    public var description: String {
        "connections \(connections), requests \(requests), error replies \(errorReplies), "
            + "elapsed \(Self.format(elapsed, scale: 1e9, unit: "s")), throughput \(Int(throughput.rounded())) req/s, "
            + "latency p50 \(Self.milliseconds(p50)), p90 \(Self.milliseconds(p90)), "
            + "p99 \(Self.milliseconds(p99)), max \(Self.milliseconds(max))"
    }

    /// The numbers as JSON (latencies in microseconds), for `explainer bench --json`.
    public var json: JSONValue {
        [
            "connections": .integer(connections), "requests": .integer(requests),
            "error_replies": .integer(errorReplies), "elapsed_s": .double(Self.nanoseconds(elapsed) / 1e9),
            "throughput_rps": .double(throughput.rounded()),
            "p50_us": .double(Self.nanoseconds(p50) / 1e3), "p90_us": .double(Self.nanoseconds(p90) / 1e3),
            "p99_us": .double(Self.nanoseconds(p99) / 1e3), "max_us": .double(Self.nanoseconds(max) / 1e3),
        ]
    }

    private static func nanoseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e9 + Double(duration.components.attoseconds) / 1e9
    }

    private static func milliseconds(_ duration: Duration) -> String {
        format(duration, scale: 1e6, unit: "ms")
    }

    private static func format(_ duration: Duration, scale: Double, unit: String) -> String {
        String(format: "%.3f", nanoseconds(duration) / scale) + " " + unit
    }
}
