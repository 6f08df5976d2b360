import Foundation

/// A program running in a pseudo-terminal — a private tmux server — that a test types into
/// and reads the screen of, the way a person would.
///
/// ```swift
/// let session = try TerminalSession(command: [fixture], environment: ["EXPLAINER_HISTORY": path])
/// defer { session.close() }
/// try session.waitFor("you> ")
/// try session.type(":us")
/// try session.press(.tab)
/// try session.waitFor("you> :user ")
/// try session.press(.control("d"))
/// #expect(try session.waitForExit() == 0)
/// ```
///
/// Each session has its own tmux server on a socket in a scratch directory, so sessions never
/// meet each other or the user's tmux. The program gets a clean environment (`PATH`,
/// `HOME` = the scratch directory, `TERM=screen`, `LANG=C.UTF-8`, `INPUTRC=/dev/null`) plus
/// `environment`. ``close()`` (also run by `deinit`) kills the server and removes the
/// directory; a watchdog window kills the server by itself after `lifetime` in case the test
/// process dies first. Every tmux call and every wait has a time limit.
public final class TerminalSession {
    /// The scratch directory (also the program's `HOME`); files put here vanish at ``close()``.
    public let directory: String
    let tmux: TmuxServer
    private var isClosed = false

    /// Starts `command` (executable path and arguments, run directly, not through a shell).
    ///
    /// - Parameters:
    ///   - environment: added to the clean environment, overriding it.
    ///   - width/height: the terminal size.
    ///   - lifetime: after this the watchdog kills the session.
    public init(command: [String], environment: [String: String] = [:], width: Int = 120, height: Int = 40,
                lifetime: Duration = .seconds(120)) throws {
        let scratch = try ScratchDirectory(prefix: "tty")
        directory = scratch.path
        do {
            tmux = try TmuxServer(directory: scratch.path)
            try tmux.start(command: Self.environmentPrefix(home: scratch.path, extra: environment) + command,
                           width: width, height: height, lifetime: lifetime)
        } catch {
            scratch.remove()
            throw error
        }
    }

    deinit {
        close()
    }

    /// Kills the tmux server (and so the program) and removes ``directory``. Safe to call twice.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        tmux.killServer()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// `/usr/bin/env -i` and the clean environment, as the start of the pane's argument list.
    static func environmentPrefix(home: String, extra: [String: String]) -> [String] {
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": home, "TERM": "screen", "LANG": "C.UTF-8", "INPUTRC": "/dev/null",
        ]
        environment.merge(extra) { _, new in new }
        return ["/usr/bin/env", "-i"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    }
}
