import ExplainerServer
import Foundation
import Logging
import NIOCore

/// A temporary directory with a short path (Unix socket paths are limited to 107 bytes).
struct TempDirectory: ~Copyable {
    let path: String

    init() throws {
        var template = Array("/tmp/exsrv-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
        path = String(cString: made)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Runs `body` against a real server on a fresh socket, then shuts it down and waits for it.
func withTestServer<R>(
    service: TestService = TestService(),
    configure: (inout ServerConfiguration) -> Void = { _ in },
    _ body: (RPCServer, String) async throws -> R
) async throws -> R {
    try await withServer(service: service, configure: configure, body)
}

/// ``withTestServer(service:configure:_:)`` for any service.
func withServer<R>(
    service: some RPCService,
    configure: (inout ServerConfiguration) -> Void = { _ in },
    _ body: (RPCServer, String) async throws -> R
) async throws -> R {
    let directory = try TempDirectory()
    var config = ServerConfiguration(socketPath: directory.path + "/s.sock")
    config.wallClock = .fixed(Date(timeIntervalSince1970: 1_795_000_000))
    config.logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
    config.shutdownGracePeriod = .seconds(5)
    configure(&config)
    let server = try await RPCServer.bind(configuration: config, service: service)
    let running = Task { await server.run() }
    do {
        let result = try await body(server, config.socketPath)
        server.shutdown()
        await running.value
        return result
    } catch {
        server.shutdown(immediately: true)
        await running.value
        throw error
    }
}

/// Sends one line on a fresh connection and returns the reply line parsed (nil when none came).
func exchange(_ path: String, _ line: String) async throws -> JSONValue? {
    try await LineClient.withConnection(to: path) { connection in
        try await connection.send(line: line)
        connection.finishSending()
        return try await connection.receiveJSON()
    }
}

/// The error code of a reply, or nil for a success.
func errorCode(_ reply: JSONValue?) -> Int? {
    reply?["error"]?["code"]?.integerValue
}

/// The error message of a reply, or nil for a success.
func errorMessage(_ reply: JSONValue?) -> String? {
    reply?["error"]?["message"]?.stringValue
}

/// Polls `condition` every 5 ms until it holds; fails the test after `timeout`.
func waitUntil(timeout: Duration = .seconds(5), _ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while !condition() {
        guard ContinuousClock.now < deadline else { throw POSIXError(.ETIMEDOUT) }
        try await Task.sleep(for: .milliseconds(5))
    }
}
