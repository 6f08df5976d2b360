import Histogram
import NIOCore
import NIOPosix

/// Drives a running server with real socket traffic and measures latency and throughput.
///
/// Opens `connections` connections; on each, sends `requestsPerConnection` requests one
/// after another (each waits for its reply), cycling through the given request lines with
/// a fresh integer id per request, and checks every reply's id. With `batch` above 1 the
/// requests go `batch` to a line as JSON-RPC batches, one batch at a time per connection,
/// and every element of each reply batch is matched to its request.
///
/// - **Closed loop** (`rate` nil): each connection sends its next request as soon as the
///   previous reply arrives. This finds the most the server can answer, but latency then
///   only reflects the queue the connections themselves keep full. Latency runs from just
///   before a request is written to when its reply line arrives.
/// - **Open loop** (`rate` R requests a second, all connections together): once every
///   connection is connected, request `k` of connection `i` is *due* at
///   `start + (k × connections + i) / R` — each connection sends R / connections a second,
///   the connections staggered so that sends spread evenly. A connection waits for its
///   next request's due time (a timer on its event loop), or sends it at once when the
///   previous reply came too late for that. Still one request is outstanding per connection (a connection's replies come in
///   order), so a server that cannot keep up shows as growing latency and a throughput
///   below the target. Latency runs from the request's **due time**, not from when it was
///   written: a request held back by a slow reply counts its wait too. This is the
///   correction for coordinated omission that wrk2 makes; measuring from the write would
///   hide exactly the delays a server's users see when it falls behind. The timer itself
///   may fire late (tens of µs on Linux); that shows in the latency too rather than
///   being hidden, and the report says how late requests were sent.
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
    /// At most this many requests a second per connection in open loop (one every 10 µs).
    public static let maxRatePerConnection = 100_000.0
    /// At most this many requests per batch (the server's default `maxBatchSize`).
    public static let maxBatch = 100

    public let socketPath: String
    public let connections: Int
    public let requestsPerConnection: Int
    /// Requests a second, all connections together, for an open-loop run; `nil` for closed loop.
    public let rate: Double?
    /// Requests per line: 1 sends each request as its own object; more sends JSON-RPC batches
    /// (arrays) of this many, each answered by one reply line (an array). Latency is then per
    /// batch; counts, throughput and CPU per request stay per request.
    public let batch: Int
    /// The whole run must end within this time, or it fails.
    public let timeout: Duration
    let templates: [RequestTemplate]

    /// Checks the numbers and the request lines (each a JSON-RPC request object; its `id` is replaced).
    ///
    /// Errors: `connections must be between 1 and 1024, not 0`,
    /// `rate must be above 0 and at most 100000 requests a second per connection, not 0`,
    /// `at 10 requests a second the schedule takes 200 s, longer than the timeout of 120 s`, …
    public init(
        socketPath: String, connections: Int, requestsPerConnection: Int,
        requestLines: [String], rate: Double? = nil, batch: Int = 1, timeout: Duration = .seconds(120)
    ) throws(LoadGeneratorError) {
        guard (1...Self.maxConnections).contains(connections) else {
            throw LoadGeneratorError("connections must be between 1 and \(Self.maxConnections), not \(connections)")
        }
        guard requestsPerConnection >= 1, connections * requestsPerConnection <= Self.maxRequests else {
            throw LoadGeneratorError("requests per connection must be at least 1, and at most \(Self.maxRequests) requests in all")
        }
        guard (1...Self.maxBatch).contains(batch) else {
            throw LoadGeneratorError("batch must be between 1 and \(Self.maxBatch) requests, not \(batch)")
        }
        guard requestsPerConnection % batch == 0 else {
            throw LoadGeneratorError("requests per connection (\(requestsPerConnection)) must be a multiple of the batch size (\(batch))")
        }
        if let rate { try Self.check(rate: rate, connections: connections, requests: connections * requestsPerConnection, timeout: timeout) }
        guard !requestLines.isEmpty else { throw LoadGeneratorError("give at least one request line") }
        var templates: [RequestTemplate] = []
        for (index, line) in requestLines.enumerated() {
            templates.append(try RequestTemplate(line: line, number: index + 1))
        }
        self.socketPath = socketPath
        self.connections = connections
        self.requestsPerConnection = requestsPerConnection
        self.rate = rate
        self.batch = batch
        self.timeout = timeout
        self.templates = templates
    }

    /// Runs the load and reports; throws on a refused connect, an early close, a wrong id, or the timeout.
    ///
    /// The report includes the CPU time this process used during the run and, when
    /// `serverPID` is given and `/proc/<pid>/stat` is readable, the server's.
    public func run(
        serverPID: Int32? = nil, eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws(LoadGeneratorError) -> LoadReport {
        let serverBefore = serverPID.flatMap(ProcessCPU.time(ofProcess:))
        let clientBefore = ProcessCPU.ownTime()
        let start = ContinuousClock.now
        let results: [ConnectionResult]
        do {
            results = try await runAll(eventLoopGroup: eventLoopGroup)
        } catch let error as LoadGeneratorError {
            throw error
        } catch {
            throw LoadGeneratorError("the load run failed: \(error)")
        }
        let elapsed = start.duration(to: .now)
        let clientTime = ProcessCPU.ownTime() - clientBefore
        let serverTime = serverPID.flatMap(ProcessCPU.time(ofProcess:)).flatMap { after in serverBefore.map { after - $0 } }
        return LoadReport(connections: connections, rate: rate, batch: batch, results: results, elapsed: elapsed,
                          clientCPU: clientTime, serverCPU: serverTime, serverPID: serverPID)
    }

    /// Connects every connection, starts them together, and collects their results.
    ///
    /// Each connection runs on its event loop in a ``LoadConnectionHandler``: a request is
    /// written from the handler that read the previous reply (closed loop) or from a timer at
    /// its due time (open loop), so the generator spends no task or thread hop per request
    /// and what a run measures is the server.
    private func runAll(eventLoopGroup: any EventLoopGroup) async throws -> [ConnectionResult] {
        var opened: [LoadConnection] = []
        do {
            for index in 0..<connections { opened.append(try await connect(index, eventLoopGroup: eventLoopGroup)) }
        } catch {
            for connection in opened { connection.channel.close(promise: nil) }
            throw error
        }
        let start = LoadStart(at: .now)
        for connection in opened { connection.channel.pipeline.fireUserInboundEventTriggered(start) }
        return try await withThrowingTaskGroup(of: ConnectionResult?.self) { group in
            for connection in opened { group.addTask { try await connection.result() } }
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
