import ArgumentParser
import ExplainerCore
import ExplainerServer
import Foundation

/// `explainer bench socket`: the real server measured over its socket with `LoadGenerator`.
///
/// Without `--socket` it starts `explainer serve` itself (this executable) on a temporary
/// socket and database, runs the load, sends SIGTERM and cleans up. Each connection sends
/// its requests one after another; each `ask` has no `session_id`, so it is a fresh
/// conversation (and one audit entry). Without `--rate` each request goes as soon as the
/// previous reply is in (closed loop: the most the server can answer); with `--rate R` the
/// requests are sent on a schedule of R a second in all and latency counts from each
/// request's due time (open loop; see `LoadGenerator`). With `--batch N` the requests go N to
/// a line as JSON-RPC batches (what a help desk that gathers questions would send). A second
/// line gives the CPU each side used per request and in cores, to show which one is the bottleneck.
struct SocketBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "socket",
        abstract: "Throughput and latency percentiles of ask and diagnose over the server's Unix socket.",
        discussion: "Without --socket, starts `explainer serve` on a temporary socket and database and stops it afterwards. "
            + "Also prints the CPU the server and this client used, per request and in cores, to show which one is the bottleneck.")

    @Option(help: "Connections open at once.") var connections = 1
    @Option(help: "Requests per connection, each sent after the previous reply (with --rate, and not before it is due).")
    var requests = 2000
    @Option(help: ArgumentHelp("Open loop: send this many requests a second, all connections together, on a fixed schedule; latency counts from each request's due time.", valueName: "req/s"))
    var rate: Double?
    @Option(help: ArgumentHelp("Send the requests this many to a line, as JSON-RPC batches (1 to \(LoadGenerator.maxBatch)); --requests must be a multiple of it. Latency is then per batch.", valueName: "n"))
    var batch = 1
    @Option(help: ArgumentHelp("Measure the server already listening here instead of starting one.", valueName: "path"))
    var socket: String?
    @Option(help: ArgumentHelp("--audit-sync for the server started here: full or normal.", valueName: "mode"))
    var auditSync: String?
    @Option(help: ArgumentHelp("Give up when the run takes longer than this.", valueName: "s")) var timeout = 600
    @Flag(help: "Print the numbers as one JSON object.") var json = false
    @OptionGroup var runtime: RuntimeOptions

    func validate() throws {
        guard (1...LoadGenerator.maxConnections).contains(connections) else {
            throw ValidationError("--connections must be between 1 and \(LoadGenerator.maxConnections).")
        }
        guard requests >= 1, timeout >= 1 else { throw ValidationError("--requests and --timeout must be at least 1.") }
        guard (1...LoadGenerator.maxBatch).contains(batch) else {
            throw ValidationError("--batch must be between 1 and \(LoadGenerator.maxBatch).")
        }
        guard requests % batch == 0 else {
            throw ValidationError("--requests (\(requests)) must be a multiple of --batch (\(batch)).")
        }
        if let rate { try validate(rate: rate) }
        if socket != nil, auditSync != nil || runtime.now != nil {
            throw ValidationError("--audit-sync and --now configure the server bench starts; they do not apply with --socket.")
        }
    }

    private func validate(rate: Double) throws {
        let most = LoadGenerator.maxRatePerConnection
        guard rate.isFinite, rate > 0, rate / Double(connections) <= most else {
            throw ValidationError("--rate must be above 0, and at most \(Int(most)) requests a second per connection: "
                + "\(Int(most) * connections) with --connections \(connections).")
        }
        let seconds = Double(connections * requests - 1) / rate
        guard seconds < Double(timeout) else {
            let shown = rate == rate.rounded() ? String(Int(rate)) : String(rate)
            throw ValidationError("--rate \(shown) with \(requests) requests on each of \(connections) connections takes "
                + "\(Int(seconds.rounded(.up))) s, longer than --timeout \(timeout).")
        }
    }

    func run() async throws {
        let lines = try Self.requestLines(users: benchCustomers().map(\.userID))
        if let socket {
            try await measure(socket: socket, lines: lines, server: "the server at \(socket)",
                              serverPID: PeerCredentials.ofListener(at: socket)?.pid)
            return
        }
        let server: SpawnedServer
        do { server = try SpawnedServer.start(options: serveOptions) } catch { throw CommandLineError.fail("\(error)") }
        defer { server.stop() }
        do { try await server.waitUntilListening() } catch { throw CommandLineError.fail("\(error)") }
        try await measure(socket: server.socketPath, lines: lines,
                          server: "explainer serve started here (audit sync \(auditSync ?? "full"))",
                          serverPID: server.process.processIdentifier)
    }

    /// The options the started server gets: this command's runtime options, passed on.
    var serveOptions: [String] {
        var options = ["--knowledge", runtime.knowledge, "--intents", runtime.intents]
        if let now = runtime.now { options += ["--now", now] }
        if let platform = runtime.platform { options += ["--platform", platform] }
        if let auditSync { options += ["--audit-sync", auditSync] }
        return options
    }

    private func measure(socket: String, lines: [String], server: String, serverPID: Int32?) async throws {
        let report: LoadReport
        do {
            let generator = try LoadGenerator(socketPath: socket, connections: connections, requestsPerConnection: requests,
                                              requestLines: lines, rate: rate, batch: batch, timeout: .seconds(timeout))
            report = try await generator.run(serverPID: serverPID)
        } catch { throw CommandLineError.fail("\(error)") }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if json {
            var members = report.json.objectValue ?? [:]
            members["limit"] = .string(report.limit(cores: cores).rawValue)
            print(JSONValue.object(members).serialized())
        } else {
            let unit = batch > 1 ? "batch" : "request"
            let loop = rate == nil ? "closed loop" : "open loop, latency from each \(unit)'s due time"
            print("bench socket: \(server); \(lines.count) request kinds (ask and diagnose over the demo customers); \(loop)")
            print(report)
            print(report.cpuDescription)
            print(report.limitDescription(cores: cores))
        }
        if report.errorReplies > 0 {
            throw CommandLineError.fail("\(report.errorReplies) of \(report.requests) replies were errors; are the demo customers in that server's store?")
        }
    }
}
