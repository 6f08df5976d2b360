import Foundation
import Histogram

/// What a load run measured: counts, throughput, latency percentiles (from an HdrHistogram),
/// and the CPU each side of the socket used.
///
/// `description` is one line:
/// `connections 32, requests 32000, error replies 0, elapsed 1.204 s, throughput 26578 req/s, latency p50 1.103 ms, p90 1.650 ms, p99 3.071 ms, max 9.470 ms`;
/// an open-loop run adds `target rate 2000 req/s, ` before `throughput`; a run of batches says
/// `requests 32000 in batches of 16` and `latency per batch p50 …`.
/// `cpuDescription` is a second line:
/// `cpu: server 533 µs/request (1.44 cores), client 96 µs/request (0.26 cores)`.
public struct LoadReport: Sendable, CustomStringConvertible {
    public let connections: Int
    /// The open-loop target in requests a second (all connections together); `nil` for closed loop.
    public let targetRate: Double?
    /// Requests per line: 1, or the size of each JSON-RPC batch sent. Latencies are per line.
    public let batch: Int
    /// Replies received (each matched its request's id).
    public let requests: Int
    /// Replies that carried a JSON-RPC error.
    public let errorReplies: Int
    /// Wall time from the first connect to the last reply.
    public let elapsed: Duration
    /// Every line's latency in nanoseconds: each request's, or each batch's.
    public let histogram: Histogram<UInt64>
    /// The CPU this process (the load generator) used during the run.
    public let clientCPU: CPUUsage
    /// The CPU the server used during the run; `nil` when its pid is unknown or its
    /// `/proc/<pid>/stat` could not be read.
    public let serverCPU: CPUUsage?
    /// The server's process id, when the run was given it.
    public let serverPID: Int32?
    /// Open loop: how late the load generator wrote each request after its due time, in
    /// nanoseconds (empty in closed loop). Its own timer and scheduling delays are in the
    /// latency too; this says how much of the latency they can explain.
    public let lateness: Histogram<UInt64>

    init(
        connections: Int, rate: Double?, batch: Int = 1, results: [ConnectionResult], elapsed: Duration,
        clientCPU: Duration, serverCPU: Duration?, serverPID: Int32?
    ) {
        var histogram = LoadGenerator.makeHistogram()
        var lateness = LoadGenerator.makeHistogram()
        for result in results {
            histogram.add(result.histogram)
            lateness.add(result.lateness)
        }
        self.lateness = lateness
        let requests = results.reduce(0) { $0 + $1.replies }
        self.connections = connections
        self.targetRate = rate
        self.batch = batch
        self.requests = requests
        self.errorReplies = results.reduce(0) { $0 + $1.errorReplies }
        self.elapsed = elapsed
        self.histogram = histogram
        self.clientCPU = CPUUsage(time: clientCPU, elapsed: elapsed, requests: requests)
        self.serverCPU = serverCPU.map { CPUUsage(time: $0, elapsed: elapsed, requests: requests) }
        self.serverPID = serverPID
    }

    /// Replies per second over the whole run.
    public var throughput: Double {
        let seconds = CPUUsage.seconds(elapsed)
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
        "connections \(connections), requests \(requests)\(batch > 1 ? " in batches of \(batch)" : ""), error replies \(errorReplies), "
            + "elapsed \(Self.format(elapsed, scale: 1e9, unit: "s")), "
            + (targetRate.map { "target rate \(LoadGenerator.formatRate($0)) req/s, " } ?? "")
            + "throughput \(Int(throughput.rounded())) req/s, "
            + "latency \(batch > 1 ? "per batch " : "")p50 \(Self.milliseconds(p50)), p90 \(Self.milliseconds(p90)), "
            + "p99 \(Self.milliseconds(p99)), max \(Self.milliseconds(max))"
            + (targetRate == nil ? "" : "; sent late by p50 \(Self.milliseconds(lateBy(50))), p99 \(Self.milliseconds(lateBy(99)))")
    }

    /// Open loop: how late requests were written at `percentile` (0–100); zero in closed loop.
    public func lateBy(_ percentile: Double) -> Duration {
        .nanoseconds(Int64(clamping: lateness.valueAtPercentile(percentile)))
    }

    /// The CPU line: `cpu: server 533 µs/request (1.44 cores), client 96 µs/request (0.26 cores)`;
    /// without server numbers it says why: `server not measured (its pid is unknown)` or
    /// `server not measured (cannot read /proc/4242/stat)`.
    public var cpuDescription: String {
        let server: String
        if let serverCPU {
            server = "server \(serverCPU)"
        } else if let serverPID {
            server = "server not measured (cannot read /proc/\(serverPID)/stat)"
        } else {
            server = "server not measured (its pid is unknown)"
        }
        return "cpu: \(server), client \(clientCPU)"
    }

    /// What held the run back, from the CPU each side used on a machine of `cores` cores (client
    /// and server share a machine: the socket is a Unix one).
    public enum Limit: String, Sendable {
        /// Open loop: the target rate was reached, so nothing held the run back.
        case targetMet = "target_met"
        /// The machine's cores were busy, most of them with the server.
        case server
        /// The machine's cores were busy, most of them with the load generator: the run says little about the server.
        case client
        /// Neither process kept the cores busy: something waited (the disk, the round trips, other processes).
        case neither
        /// The server's CPU was not measured.
        case unknown
    }

    /// Reads the CPU line: a run whose two processes together kept at least 80 % of `cores`
    /// busy was limited by the CPU, and by the side that used more of it.
    public func limit(cores: Int) -> Limit {
        if let targetRate, throughput >= 0.98 * targetRate { return .targetMet }
        guard let serverCPU else { return .unknown }
        guard serverCPU.cores + clientCPU.cores >= 0.8 * Double(Swift.max(1, cores)) else { return .neither }
        return serverCPU.cores >= clientCPU.cores ? .server : .client
    }

    /// The `limit:` line for a machine of `cores` cores, e.g.
    /// `limit: the server's CPU (1.45 of 2 cores busy with it, 0.22 with the load generator)`.
    public func limitDescription(cores: Int) -> String {
        let cores2 = { (value: Double) in String(format: "%.2f", value) }
        let server = cores2(serverCPU?.cores ?? 0), client = cores2(clientCPU.cores)
        switch limit(cores: cores) {
        case .targetMet:
            return "limit: none — the target rate was reached"
        case .server:
            return "limit: the server's CPU (\(server) of \(cores) cores busy with it, \(client) with the load generator)"
        case .client:
            return "limit: the load generator's CPU (\(client) of \(cores) cores): "
                + "this run says little about the server; give them separate cores or lower the load"
        case .neither:
            let used = cores2((serverCPU?.cores ?? 0) + clientCPU.cores)
            return "limit: neither process's CPU (\(used) of \(cores) cores busy): something waited — "
                + "the audit's fsync (compare --audit-sync normal), each connection's round trips (add connections), "
                + "or other processes"
        case .unknown:
            return "limit: unknown (the server's CPU was not measured)"
        }
    }

    /// The numbers as JSON (latencies in microseconds, per batch when `batch` is above 1; `target_rps` and `late_p50_us`/`late_p99_us`
    /// null in closed loop, the
    /// `server_` CPU fields null when not measured), for `explainer bench socket --json`.
    public var json: JSONValue {
        [
            "connections": .integer(connections), "requests": .integer(requests), "batch": .integer(batch),
            "error_replies": .integer(errorReplies), "elapsed_s": .double(Self.nanoseconds(elapsed) / 1e9),
            "throughput_rps": .double(throughput.rounded()),
            "p50_us": .double(Self.nanoseconds(p50) / 1e3), "p90_us": .double(Self.nanoseconds(p90) / 1e3),
            "p99_us": .double(Self.nanoseconds(p99) / 1e3), "max_us": .double(Self.nanoseconds(max) / 1e3),
            "target_rps": targetRate.map(JSONValue.double) ?? .null,
            "late_p50_us": targetRate == nil ? .null : .double(Self.nanoseconds(lateBy(50)) / 1e3),
            "late_p99_us": targetRate == nil ? .null : .double(Self.nanoseconds(lateBy(99)) / 1e3),
            "client_cpu_us_per_request": .double(clientCPU.microsecondsPerRequest.rounded()),
            "client_cores": .double(Self.hundredths(clientCPU.cores)),
            "server_cpu_us_per_request": serverCPU.map { .double($0.microsecondsPerRequest.rounded()) } ?? .null,
            "server_cores": serverCPU.map { .double(Self.hundredths($0.cores)) } ?? .null,
        ]
    }

    private static func nanoseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e9 + Double(duration.components.attoseconds) / 1e9
    }

    private static func hundredths(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }

    private static func milliseconds(_ duration: Duration) -> String {
        format(duration, scale: 1e6, unit: "ms")
    }

    private static func format(_ duration: Duration, scale: Double, unit: String) -> String {
        String(format: "%.3f", nanoseconds(duration) / scale) + " " + unit
    }
}
