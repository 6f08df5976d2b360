import ExplainerServer
import Logging
import NIOConcurrencyHelpers
import Testing

/// Many clients at once: every reply matches its request, and one bad client harms no other.
@Suite struct ServerConcurrencyTests {
    /// The request mix of the load runs: two methods of the test service, one with Chinese text.
    private static let sumAndEcho = [
        #"{"jsonrpc":"2.0","method":"sum","params":{"a":1,"b":2}}"#,
        #"{"jsonrpc":"2.0","method":"echo","params":{"text":"为什么借不了"}}"#,
    ]

    @Test(.timeLimit(.minutes(1)))
    func serves200ConnectionsOf50RequestsEach() async throws {
        try await withTestServer { _, path in
            let generator = try LoadGenerator(
                socketPath: path, connections: 200, requestsPerConnection: 50,
                requestLines: Self.sumAndEcho,
                timeout: .seconds(50)
            )
            let report = try await generator.run()
            #expect(report.requests == 10_000)
            #expect(report.errorReplies == 0)
            #expect(report.histogram.totalCount == 10_000)
            #expect(report.p50 <= report.p99 && report.p99 <= report.max)
        }
    }

    @Test func aMisbehavingClientDoesNotDisturbAnother() async throws {
        try await withTestServer { _, path in
            try await LineClient.withConnection(to: path) { bad in
                // Garbage, a huge unterminated line, and never reading replies.
                try await bad.send(line: "\u{7}garbage")
                try await bad.send(bytes: [UInt8](repeating: UInt8(ascii: "x"), count: 300_000))
                for id in 1...20 {
                    let reply = try await exchange(path, #"{"jsonrpc":"2.0","id":\#(id),"method":"echo"}"#)
                    #expect(reply?["id"] == .integer(id))
                }
            }
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func servesBatchesFromManyConnectionsEachReplyMatched() async throws {
        try await withTestServer { _, path in
            let generator = try LoadGenerator(
                socketPath: path, connections: 20, requestsPerConnection: 40,
                requestLines: Self.sumAndEcho,
                batch: 8, timeout: .seconds(50)
            )
            let report = try await generator.run()
            #expect(report.requests == 800)
            #expect(report.errorReplies == 0)
            #expect(report.histogram.totalCount == 100, "one latency per batch")
            #expect(report.description.contains("requests 800 in batches of 8,"))
            #expect(report.description.contains("latency per batch p50"))
            #expect(report.json["batch"] == .integer(8))
        }
    }

    @Test func theLoadGeneratorRejectsBadInput() throws {
        #expect(throws: LoadGeneratorError.self) {
            try LoadGenerator(socketPath: "/tmp/x", connections: 0, requestsPerConnection: 1, requestLines: ["{}"])
        }
        do throws(LoadGeneratorError) {
            _ = try LoadGenerator(socketPath: "/tmp/x", connections: 1, requestsPerConnection: 1, requestLines: ["[1]"])
        } catch {
            #expect(error.description == "request line 1 is an array, not a request object")
        }
        do throws(LoadGeneratorError) {
            _ = try LoadGenerator(socketPath: "/tmp/x", connections: 1, requestsPerConnection: 1, requestLines: [#"{"method":"ask"}"#])
        } catch {
            #expect(error.description == #"request line 1 is not a JSON-RPC 2.0 request (it needs "jsonrpc":"2.0" and a method)"#)
        }
        let echo = #"{"jsonrpc":"2.0","method":"echo"}"#
        do throws(LoadGeneratorError) {
            _ = try LoadGenerator(socketPath: "/tmp/x", connections: 1, requestsPerConnection: 10, requestLines: [echo], batch: 0)
            Issue.record("batch 0 should be refused")
        } catch {
            #expect(error.description == "batch must be between 1 and 100 requests, not 0")
        }
        do throws(LoadGeneratorError) {
            _ = try LoadGenerator(socketPath: "/tmp/x", connections: 1, requestsPerConnection: 10, requestLines: [echo], batch: 4)
            Issue.record("10 requests in batches of 4 should be refused")
        } catch {
            #expect(error.description == "requests per connection (10) must be a multiple of the batch size (4)")
        }
    }

    @Test func theLoadGeneratorNamesAMissingServer() async throws {
        let directory = try TempDirectory()
        let generator = try LoadGenerator(
            socketPath: directory.path + "/none.sock", connections: 1, requestsPerConnection: 1,
            requestLines: [#"{"jsonrpc":"2.0","method":"echo"}"#]
        )
        do throws(LoadGeneratorError) {
            _ = try await generator.run()
            Issue.record("the run should have failed")
        } catch {
            #expect(error.description == "connection 1 to \(directory.path)/none.sock failed: No such file or directory; is the server running?")
        }
    }
}

extension ServerConcurrencyTests {
    @Test(.timeLimit(.minutes(1)))
    func disconnectsAClientThatNeverReadsItsReplies() async throws {
        let lines = NIOLockedValueBox<[String]>([])
        try await withTestServer(configure: { config in
            config.idleTimeout = .seconds(1)
            config.logger = Logger(label: "t", factory: { _ in CapturingLogHandler(lines: lines, logLevel: .info) })
        }) { server, path in
            let payload = String(repeating: "r", count: 30_000)
            let line = #"{"jsonrpc":"2.0","id":1,"method":"echo","params":{"p":"\#(payload)"}}"#
            // One write of 3 MB of requests; the client then never reads. The server may close
            // the connection before the write finishes (that is the behaviour under test), and on
            // a loaded machine the connect or write may fail outright: only the outcome is checked.
            try? await LineClient.withConnection(to: path) { connection in
                // Admitted first: otherwise the wait below can see no connection before the server has it.
                try await waitUntil(timeout: .seconds(20)) { server.connectionCount == 1 }
                try? await connection.send(bytes: Array(String(repeating: line + "\n", count: 100).utf8))
                try await waitUntil(timeout: .seconds(20)) { server.connectionCount == 0 }
            }
            try await waitUntil(timeout: .seconds(20)) { server.connectionCount == 0 }
            var reply: JSONValue?
            for _ in 0..<5 where reply == nil {
                reply = try? await exchange(path, #"{"jsonrpc":"2.0","id":2,"method":"echo"}"#)
                if reply == nil { try await Task.sleep(for: .milliseconds(200)) }
            }
            #expect(reply?["id"] == 2)
        }
        #expect(lines.withLockedValue { $0 }.contains { $0.hasPrefix("warning closing connection: the client has not read its replies") }, "\(lines.withLockedValue { $0 })")
    }
}
