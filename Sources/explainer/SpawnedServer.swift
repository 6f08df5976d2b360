import ExplainerServer
import Foundation

/// An `explainer serve` child started by `bench socket`: this same executable, on a socket and
/// a fresh database in a temporary directory of its own, from the current directory (so a new
/// database is seeded with examples/customers).
///
/// ```swift
/// let server = try SpawnedServer.start(options: ["--now", "2026-11-20T10:00:00+08:00"])
/// defer { server.stop() }
/// try await server.waitUntilListening()
/// ```
/// Errors name what failed: `explainer serve exited with status 1 before listening: error: …`.
final class SpawnedServer: @unchecked Sendable {
    let directory: String
    let process = Process()
    var socketPath: String { directory + "/s.sock" }
    var dbPath: String { directory + "/db.sqlite" }
    var logPath: String { directory + "/serve.log" }

    private init(directory: String) { self.directory = directory }

    /// Makes the directory and starts `explainer serve --socket … --db … OPTIONS`, its stderr to `serve.log`.
    static func start(options: [String]) throws -> SpawnedServer {
        var template = Array((FileManager.default.temporaryDirectory.path + "/explainer-bench-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw SpawnError("cannot create a temporary directory (errno \(errno))") }
        let server = SpawnedServer(directory: String(cString: made))
        do {
            try server.launch(options)
        } catch {
            server.stop()
            throw error
        }
        return server
    }

    private func launch(_ options: [String]) throws {
        process.executableURL = Self.executable
        process.arguments = ["serve", "--socket", socketPath, "--db", dbPath] + options
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        do {
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
            process.standardOutput = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
        } catch {
            throw SpawnError("cannot start \(Self.executable.path) serve: \(error.localizedDescription)")
        }
    }

    /// This executable: `/proc/self/exe` where there is one, else `CommandLine.arguments[0]`.
    static var executable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }

    /// What the server logged.
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Waits until the socket answers `health`, for at most `timeout`; fails at once if the server exits.
    func waitUntilListening(timeout: Duration = .seconds(60)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard process.isRunning else {
                throw SpawnError("explainer serve exited with status \(process.terminationStatus) before listening: \(log)")
            }
            if FileManager.default.fileExists(atPath: socketPath), await answersHealth() { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw SpawnError("explainer serve did not listen on \(socketPath) within \(timeout): \(log)")
    }

    private func answersHealth() async -> Bool {
        let reply = try? await LineClient.withConnection(to: socketPath) { connection in
            try await connection.send(line: #"{"jsonrpc":"2.0","id":0,"method":"health"}"#)
            return try await connection.receiveJSON()
        }
        return reply?["result"] != nil
    }

    /// SIGTERM, waits up to 15 s (then SIGKILL), and removes the directory. Idempotent.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            let deadline = Date().addingTimeInterval(15)
            while process.isRunning && Date() < deadline { usleep(10_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: directory)
    }
}

/// Why `bench socket` could not start or reach its server: one sentence.
struct SpawnError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
