import Foundation
import Testing

/// Runs the built `explainer` binary as a user would, in a directory of the test's
/// own, with its own HOME, and no EXPLAINER_DB or XDG_DATA_HOME from the caller.
struct CommandRunner {
    struct Result: Equatable, CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\nstdout: \(stdout)\nstderr: \(stderr)" }
    }

    /// The directory the commands run in; held here so it lives as long as the runner.
    let workspace: TempDirectory
    var directory: URL { workspace.url }

    /// The binary next to the test bundle (any scratch path), else `.build/debug` of this package.
    static func binary() throws -> URL {
        var candidates: [URL] = []
        if let runner = Bundle.main.executableURL {
            candidates.append(runner.deletingLastPathComponent().appendingPathComponent("explainer"))
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/explainer"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CommandRunnerError(message: "no explainer binary at \(candidates.map(\.path)); run `swift build --product explainer` first")
        }
        return found
    }

    /// Runs `explainer ARGS` in ``directory``; ends it after 60 s if it has not ended by itself.
    func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["EXPLAINER_DB"] = nil
        environment["XDG_DATA_HOME"] = nil
        environment["HOME"] = directory.appendingPathComponent("home").path
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = Watchdog(process)
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) { watchdog.stop() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Terminates a child that is still running when the time is up.
    private final class Watchdog: @unchecked Sendable {
        private let process: Process
        init(_ process: Process) { self.process = process }
        func stop() { if process.isRunning { process.terminate() } }
    }
}

struct CommandRunnerError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
