import Foundation

/// One private tmux server on a socket in a scratch directory, holding the session under test.
final class TmuxServer {
    /// The pane the program runs in.
    static let pane = "harness:0.0"
    /// How long one tmux command may take.
    static let commandTimeout: Duration = .seconds(10)

    let socket: String
    private let executable: String
    private let configuration: String
    private let statusFile: String

    init(directory: String) throws {
        guard let tmux = Self.findOnPath("tmux") else { throw TerminalHarnessError.tmuxMissing() }
        executable = tmux
        socket = directory + "/tmux.sock"
        configuration = directory + "/tmux.conf"
        statusFile = directory + "/exit-status"
        // The pane and its last screen stay after the program exits, without tmux's "Pane is
        // dead" line; no status line, so the program has every row.
        try "set -g remain-on-exit on\nset -g remain-on-exit-format ''\nset -g status off\n"
            .write(toFile: configuration, atomically: true, encoding: .utf8)
    }

    /// Starts the session running `command`, plus a watchdog window that ends the server after `lifetime`.
    func start(command: [String], width: Int, height: Int, lifetime: Duration) throws {
        try run(["new-session", "-d", "-s", "harness", "-x", String(width), "-y", String(height)]
                + Self.recordingExitStatus(of: command, in: statusFile))
        let seconds = max(1, lifetime.components.seconds)
        try run(["new-window", "-d", "-t", "harness:9", "/bin/sh", "-c",
                 "sleep \(seconds); '\(executable)' -S '\(socket)' kill-server"])
    }

    /// Runs one tmux command against this server; returns its standard output.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let full = ["-u", "-S", socket, "-f", configuration] + arguments
        let result = try BoundedProcess.run(executable, arguments: full, environment: Self.environment(),
                                            timeout: Self.commandTimeout)
        guard result.status == 0 else { throw TerminalHarnessError.commandFailed(["tmux"] + arguments, result) }
        return result.standardOutput
    }

    /// `command` run by a shell that writes its exit status to `file` when it ends.
    ///
    /// tmux's own `#{pane_dead_status}` cannot be relied on: tmux 3.3a at times never reaps the
    /// pane's process, leaving the status empty. The shell traps (not ignores) SIGINT and
    /// SIGQUIT, so it survives Ctrl-C while the program gets the default actions back.
    static func recordingExitStatus(of command: [String], in file: String) -> [String] {
        let script = #"status=$1; shift; trap : INT QUIT; "$@"; echo $? > "$status.tmp" && mv "$status.tmp" "$status""#
        return ["/bin/sh", "-c", script, "sh", file] + command
    }

    /// The program's exit status (128 + n if signal n ended it) once it has ended; nil before.
    func exitStatus() -> Int32? {
        guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Ends the server and everything running in it; errors are ignored (it may be gone already).
    func killServer() {
        _ = try? run(["kill-server"])
    }

    /// This process's environment without the variables that tie tmux to an outer tmux, in UTF-8.
    private static func environment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        environment["LC_ALL"] = "C.UTF-8"
        environment["LANG"] = "C.UTF-8"
        return environment
    }

    static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
