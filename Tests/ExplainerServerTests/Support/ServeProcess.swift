import ExplainerServer
import Foundation

/// A real `explainer serve` child process on a socket and database in a temporary directory
/// of its own, run from the package root (so intents/, knowledge/ and examples/customers are
/// the repository's).
///
/// Use `withServe`, which always stops the process (SIGTERM, then SIGKILL after 10 s) and
/// removes the directory, whatever the test body does.
final class ServeProcess: @unchecked Sendable {
    /// The reproducible time every real-binary test runs at.
    static let now = "2026-11-20T10:00:00+08:00"

    let directory: String
    let process = Process()
    var socketPath: String { directory + "/s.sock" }
    var dbPath: String { directory + "/db.sqlite" }
    var stderrPath: String { directory + "/stderr.log" }

    /// Creates the directory (with `prepare` run in it first) and starts `explainer serve` with
    /// the extra options `arguments` gives for that directory.
    init(prepare: (String) throws -> Void = { _ in }, arguments: (String) -> [String] = { _ in [] }) throws {
        var template = Array("/tmp/exsrv-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ServeProcessError("mkdtemp failed (errno \(errno))") }
        directory = String(cString: made)
        do {
            try prepare(directory)
            try launch(arguments(directory))
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    private func launch(_ arguments: [String]) throws {
        process.executableURL = try Self.binary()
        process.arguments = ["serve", "--socket", socketPath, "--db", dbPath, "--now", Self.now] + arguments
        process.currentDirectoryURL = Self.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["EXPLAINER_DB"] = nil
        environment["XDG_DATA_HOME"] = nil
        environment["HOME"] = directory
        process.environment = environment
        // Files, not pipes: a full pipe would block the server's logging.
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// The package root, three levels above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The built `explainer` next to the test bundle, else `.build/debug/explainer`.
    static func binary() throws -> URL {
        var candidates: [URL] = []
        if let runner = Bundle.main.executableURL {
            candidates.append(runner.deletingLastPathComponent().appendingPathComponent("explainer"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/explainer"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw ServeProcessError("no explainer binary at \(candidates.map(\.path)); run `swift build --product explainer` first")
        }
        return found
    }

    /// What the server wrote to stderr so far.
    var stderr: String {
        (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
    }

    /// Waits until the socket file exists and answers `health`; fails at once if the process ended.
    func waitUntilListening(timeout: Duration = .seconds(60)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard process.isRunning else {
                throw ServeProcessError("explainer serve exited with status \(process.terminationStatus): \(stderr)")
            }
            if FileManager.default.fileExists(atPath: socketPath),
               let reply = try? await call(#"{"jsonrpc":"2.0","id":0,"method":"health"}"#), reply["result"] != nil {
                return
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw ServeProcessError("explainer serve did not listen on \(socketPath) within \(timeout): \(stderr)")
    }

    /// Sends one line on a fresh connection and returns the reply parsed (nil when none came).
    func call(_ line: String) async throws -> JSONValue? {
        try await LineClient.withConnection(to: socketPath) { connection in
            try await connection.send(line: line)
            connection.finishSending()
            return try await connection.receiveJSON()
        }
    }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) {
        if process.isRunning { kill(process.processIdentifier, signal) }
    }

    /// Waits for the process to end by itself; returns its exit status, or nil when it did not end in time.
    func waitForExit(timeout: Duration) async throws -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else { return nil }
            try await Task.sleep(for: .milliseconds(10))
        }
        return process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
    }

    /// Polls until `condition` holds on the server's stderr; returns whether it did within `timeout`.
    func waitForStderr(timeout: Duration = .seconds(10), _ condition: (String) -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !condition(stderr) {
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: .milliseconds(20))
        }
        return true
    }

    /// Ends the process (SIGTERM; SIGKILL after 10 s) and removes the directory. Idempotent; blocks at most ~10 s.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { usleep(10_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs `explainer ARGS` from the package root to its end (at most 60 s) and returns (status, stdout).
    static func command(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let child = Process()
        child.executableURL = try binary()
        child.arguments = arguments
        child.currentDirectoryURL = packageRoot
        let out = Pipe()
        child.standardOutput = out
        child.standardError = FileHandle.nullDevice
        child.standardInput = FileHandle.nullDevice
        try child.run()
        let watchdog = ChildWatchdog(child)
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) { watchdog.stop() }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        return (child.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Terminates a short-lived child that is still running when its time is up.
private final class ChildWatchdog: @unchecked Sendable {
    private let process: Process
    init(_ process: Process) { self.process = process }
    func stop() { if process.isRunning { process.terminate() } }
}

/// Why a real-binary test could not run the server.
struct ServeProcessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Starts `explainer serve` in a fresh temporary directory, waits for it, runs `body`, and always stops it.
func withServe<R>(arguments: [String] = [], prepare: (String) throws -> Void = { _ in },
                  _ body: (ServeProcess) async throws -> R) async throws -> R {
    let server = try ServeProcess(prepare: prepare, arguments: { _ in arguments })
    defer { server.stop() }
    try await server.waitUntilListening()
    return try await body(server)
}
