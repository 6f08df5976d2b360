import ExplainerServer
import Foundation
import Logging
import Testing

/// Socket files, refusals, limits, shutdown and signals.
@Suite struct ServerLifecycleTests {
    @Test func refusesAPathALiveServerHolds() async throws {
        try await withTestServer { _, path in
            var config = ServerConfiguration(socketPath: path)
            config.logger = Logger(label: "t", factory: { _ in SwiftLogNoOpLogHandler() })
            await #expect(throws: ServerError.self) { try await RPCServer.bind(configuration: config, service: TestService()) }
            do throws(ServerError) {
                _ = try await RPCServer.bind(configuration: config, service: TestService())
            } catch {
                #expect(error.description == "another server is already listening on \(path); stop it or choose another --socket path")
            }
            let reply = try await exchange(path, #"{"jsonrpc":"2.0","id":1,"method":"echo"}"#)
            #expect(reply?["id"] == 1)
        }
    }

    @Test func replacesAStaleSocketFile() async throws {
        let directory = try TempDirectory()
        let path = directory.path + "/s.sock"
        // Leave a socket file behind with nothing listening: bind and close a raw socket.
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.enumerated() { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        close(fd)
        #expect(bound == 0 && FileManager.default.fileExists(atPath: path))
        var config = ServerConfiguration(socketPath: path)
        config.logger = Logger(label: "t", factory: { _ in SwiftLogNoOpLogHandler() })
        let server = try await RPCServer.bind(configuration: config, service: TestService())
        let running = Task { await server.run() }
        #expect(try await exchange(path, #"{"jsonrpc":"2.0","id":7,"method":"echo"}"#)?["id"] == 7)
        server.shutdown()
        await running.value
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func refusesToReplaceAFileThatIsNotASocket() async throws {
        let directory = try TempDirectory()
        let path = directory.path + "/notes.txt"
        try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
        do throws(ServerError) {
            _ = try await RPCServer.bind(configuration: ServerConfiguration(socketPath: path), service: TestService())
            Issue.record("bind should have failed")
        } catch {
            #expect(error.description == "\(path) exists and is not a socket; refusing to replace it")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    }

    @Test func namesAMissingOrUnwritableDirectory() async throws {
        let directory = try TempDirectory()
        let missing = directory.path + "/nope/s.sock"
        do throws(ServerError) {
            _ = try await RPCServer.bind(configuration: ServerConfiguration(socketPath: missing), service: TestService())
            Issue.record("bind should have failed")
        } catch {
            #expect(error.description == "cannot listen on \(missing): directory \(directory.path)/nope does not exist")
        }
        guard getuid() != 0 else { return }   // root may write anywhere
        chmod(directory.path, 0o500)
        defer { chmod(directory.path, 0o700) }
        let denied = directory.path + "/s.sock"
        do throws(ServerError) {
            _ = try await RPCServer.bind(configuration: ServerConfiguration(socketPath: denied), service: TestService())
            Issue.record("bind should have failed")
        } catch {
            #expect(error.description == "cannot listen on \(denied): Permission denied")
        }
    }

    @Test func parsesSocketModes() throws {
        #expect(try ServerConfiguration.parseSocketMode("0660") == 0o660)
        #expect(try ServerConfiguration.parseSocketMode("600") == 0o600)
        #expect(throws: ServerError.self) { try ServerConfiguration.parseSocketMode("0999") }
        #expect(throws: ServerError.self) { try ServerConfiguration.parseSocketMode("rw-") }
    }

    @Test func finishesAnInFlightRequestOnShutdownAndRemovesTheSocket() async throws {
        let directory = try TempDirectory()
        var config = ServerConfiguration(socketPath: directory.path + "/s.sock")
        config.logger = Logger(label: "t", factory: { _ in SwiftLogNoOpLogHandler() })
        let service = TestService()
        let server = try await RPCServer.bind(configuration: config, service: service)
        let running = Task { await server.run() }
        let path = config.socketPath
        try await LineClient.withConnection(to: path) { connection in
            try await connection.send(line: #"{"jsonrpc":"2.0","id":1,"method":"slow","params":{"ms":300}}"#)
            try await waitUntil { service.slowStarted.withLockedValue { $0 } == 1 }
            server.shutdown()
            #expect(try await connection.receiveJSON() == ["id": 1, "jsonrpc": "2.0", "result": "done"])
            #expect(try await connection.receiveJSON() == nil)
        }
        await running.value
        #expect(!FileManager.default.fileExists(atPath: path))
        await #expect(throws: (any Error).self) { try await exchange(path, #"{"jsonrpc":"2.0","id":1,"method":"echo"}"#) }
    }

    @Test func cutsRequestsThatOutlastTheGracePeriod() async throws {
        let service = TestService()
        try await withTestServer(service: service, configure: { $0.shutdownGracePeriod = .milliseconds(100) }) { server, path in
            let started = ContinuousClock.now
            try await LineClient.withConnection(to: path) { connection in
                try await connection.send(line: #"{"jsonrpc":"2.0","id":1,"method":"slow","params":{"ms":30000}}"#)
                try await waitUntil { service.slowStarted.withLockedValue { $0 } == 1 }
                server.shutdown()
                #expect(try await connection.receiveJSON() == nil)
            }
            // Cut long before the 30 s request would end (generous for a loaded machine).
            #expect(started.duration(to: .now) < .seconds(12))
        }
    }

    @Test func refusesConnectionsOverTheLimit() async throws {
        try await withTestServer(configure: { $0.maxConnections = 1 }) { _, path in
            try await LineClient.withConnection(to: path) { first in
                try await first.send(line: #"{"jsonrpc":"2.0","id":1,"method":"echo"}"#)
                #expect(try await first.receiveJSON()?["id"] == 1)
                let refused = try await LineClient.withConnection(to: path) { second in
                    (try await second.receiveJSON(), try await second.receiveJSON())
                }
                #expect(errorCode(refused.0) == -32009)
                #expect(refused.1 == nil)
            }
        }
    }

    @Test func checksPeersAgainstTheAllowList() async throws {
        try await withTestServer(configure: { $0.allowedUIDs = [getuid() &+ 1] }) { _, path in
            let refused = try await LineClient.withConnection(to: path) { try await $0.receiveJSON() }
            #expect(errorCode(refused) == -32008)
            #expect(errorMessage(refused) == "Connection refused: uid \(getuid()) is not allowed to use this socket")
        }
        try await withTestServer(configure: { $0.allowedUIDs = [getuid()] }) { _, path in
            let reply = try await exchange(path, #"{"jsonrpc":"2.0","id":1,"method":"echo"}"#)
            #expect(reply?["id"] == 1)
        }
    }
}
