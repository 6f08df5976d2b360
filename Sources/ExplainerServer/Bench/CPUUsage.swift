import Foundation

/// How much CPU one side of a load run used: in all, per request, and as cores kept busy.
///
/// A side whose `cores` is near the machine's core count is the bottleneck. `description`
/// reads `533 µs/request (1.44 cores)`.
public struct CPUUsage: Sendable, Hashable, CustomStringConvertible {
    /// CPU time used during the run, user plus system.
    public let time: Duration
    /// The run's wall time.
    public let elapsed: Duration
    /// Replies received during the run.
    public let requests: Int

    public init(time: Duration, elapsed: Duration, requests: Int) {
        self.time = time
        self.elapsed = elapsed
        self.requests = requests
    }

    /// CPU microseconds per reply (0 when there were none).
    public var microsecondsPerRequest: Double {
        requests > 0 ? Self.seconds(time) * 1e6 / Double(requests) : 0
    }

    /// CPU seconds per wall second: 1.0 is one core kept busy the whole run.
    public var cores: Double {
        let wall = Self.seconds(elapsed)
        return wall > 0 ? Self.seconds(time) / wall : 0
    }

    public var description: String {
        "\(Int(microsecondsPerRequest.rounded())) µs/request (\(String(format: "%.2f", cores)) cores)"
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
