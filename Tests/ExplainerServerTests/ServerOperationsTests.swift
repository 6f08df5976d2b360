import ExplainerServer
import Foundation
import Logging
import NIOConcurrencyHelpers
import Testing

/// Draining, signals and logs: what an operator sees.
@Suite(.serialized) struct ServerOperationsTests {
    @Test func answersPipelinedRequestsWithShuttingDownWhileDraining() async throws {
        let service = TestService()
        try await withTestServer(service: service) { server, path in
            try await LineClient.withConnection(to: path) { connection in
                // The slow request outlasts any scheduling delay, so shutdown lands while it runs.
                try await connection.send(line: #"{"jsonrpc":"2.0","id":1,"method":"slow","params":{"ms":1500}}"#)
                try await connection.send(line: #"{"jsonrpc":"2.0","id":2,"method":"echo"}"#)
                try await waitUntil { service.slowStarted.withLockedValue { $0 } == 1 }
                try await Task.sleep(for: .milliseconds(20))
                server.shutdown()
                #expect(try await connection.receiveJSON()?["result"] == "done")
                let refused = try await connection.receiveJSON()
                #expect(refused?["id"] == 2)
                #expect(errorCode(refused) == -32006)
                #expect(try await connection.receiveJSON() == nil)
            }
        }
    }

    @Test func reloadsOnSIGHUPAndStopsOnSIGTERM() async throws {
        let service = TestService()
        let directory = try TempDirectory()
        var config = ServerConfiguration(socketPath: directory.path + "/s.sock")
        config.handlesSignals = true
        config.logger = Logger(label: "t", factory: { _ in SwiftLogNoOpLogHandler() })
        let server = try await RPCServer.bind(configuration: config, service: service)
        let running = Task { await server.run() }
        kill(getpid(), SIGHUP)
        try await waitUntil { service.reloads.withLockedValue { $0 } == 1 }
        let reloaded = try await exchange(config.socketPath, #"{"jsonrpc":"2.0","id":1,"method":"reload"}"#)
        #expect(reloaded?["result"]?["count"] == 2)
        kill(getpid(), SIGTERM)
        await running.value
        #expect(!FileManager.default.fileExists(atPath: config.socketPath))
    }

    @Test func logsConnectionsButNeverCustomerText() async throws {
        let lines = NIOLockedValueBox<[String]>([])
        try await withTestServer(configure: { config in
            config.logger = Logger(label: "t", factory: { _ in CapturingLogHandler(lines: lines, logLevel: .trace) })
        }) { _, path in
            let reply = try await exchange(path, #"{"jsonrpc":"2.0","id":"q1","method":"length","params":{"text":"我的秘密问题 secret-question"}}"#)
            #expect(reply?["result"]?["length"] == 22)
            _ = try await exchange(path, #"{"jsonrpc":"2.0","id":"q2","method":"echo","params":{"text":"secret-question"}}"#)
        }
        let log = lines.withLockedValue { $0 }
        #expect(log.contains { $0.hasPrefix("info connection opened") })
        #expect(log.contains { $0.hasPrefix("info connection closed") })
        #expect(log.contains { $0.hasPrefix("debug request answered") && $0.contains("method=length") && $0.contains("request_id=\"q1\"") })
        #expect(!log.contains { $0.contains("secret") || $0.contains("秘密") })
    }
}
