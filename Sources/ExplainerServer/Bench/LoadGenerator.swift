import Histogram
import NIOCore
import NIOPosix

/// Drives a running server with real socket traffic and measures latency and throughput.
///
/// Opens `connections` connections; on each, sends `requestsPerConnection` requests one
/// after another (each waits for its reply), cycling through the given request lines with
/// a fresh integer id per request, and checks every reply's id. Latency runs from just
/// before a request is written to when its reply line arrives.
///
/// ```swift
/// let generator = try LoadGenerator(
///     socketPath: "/tmp/explainer.sock", connections: 32, requestsPerConnection: 1_000,
///     requestLines: [#"{"jsonrpc":"2.0","method":"ask","params":{"user_id":"u-1001","text":"why?"}}"#])
/// let report = try await generator.run()
/// print(report)   // connections 32, requests 32000, error replies 0, … p50 …, p99 …
/// ```
public struct LoadGenerator: Sendable {
    /// At most this many connections per run.
    public static let maxConnections = 1_024
    /// At most this many requests per run (all connections together).
    public static let maxRequests = 10_000_000

    public let socketPath: String
    public let connections: Int
    public let requestsPerConnection: Int
    /// The whole run must end within this time, or it fails.
    public let timeout: Duration
    let templates: [RequestTemplate]

    /// Checks the numbers and the request lines (each a JSON-RPC request object; its `id` is replaced).
    public init(
        socketPath: String, connections: Int, requestsPerConnection: Int,
        requestLines: [String], timeout: Duration = .seconds(120)
    ) throws(LoadGeneratorError) {
        guard (1...Self.maxConnections).contains(connections) else {
            throw LoadGeneratorError("connections must be between 1 and \(Self.maxConnections), not \(connections)")
        }
        guard requestsPerConnection >= 1, connections * requestsPerConnection <= Self.maxRequests else {
            throw LoadGeneratorError("requests per connection must be at least 1, and at most \(Self.maxRequests) requests in all")
        }
        guard !requestLines.isEmpty else { throw LoadGeneratorError("give at least one request line") }
        var templates: [RequestTemplate] = []
        for (index, line) in requestLines.enumerated() {
            templates.append(try RequestTemplate(line: line, number: index + 1))
        }
        self.socketPath = socketPath
        self.connections = connections
        self.requestsPerConnection = requestsPerConnection
        self.timeout = timeout
        self.templates = templates
    }

    /// Runs the load and reports; throws on a refused connect, an early close, a wrong id, or the timeout.
    public func run(eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) async throws(LoadGeneratorError) -> LoadReport {
        let start = ContinuousClock.now
        let results: [ConnectionResult]
        do {
            results = try await runAll(eventLoopGroup: eventLoopGroup)
        } catch let error as LoadGeneratorError {
            throw error
        } catch {
            throw LoadGeneratorError("the load run failed: \(error)")
        }
        return LoadReport(connections: connections, results: results, elapsed: start.duration(to: .now))
    }

    private func runAll(eventLoopGroup: any EventLoopGroup) async throws -> [ConnectionResult] {
        try await withThrowingTaskGroup(of: ConnectionResult?.self) { group in
            for index in 0..<connections {
                group.addTask { try await runConnection(index, eventLoopGroup: eventLoopGroup) }
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw LoadGeneratorError("the run did not finish within \(timeout)")
            }
            var results: [ConnectionResult] = []
            while results.count < connections, let next = try await group.next() {
                if let next { results.append(next) }
            }
            group.cancelAll()
            return results
        }
    }
}
