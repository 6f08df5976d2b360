import Foundation

/// Runs a program to completion with fixed input, capturing its output, within a time limit.
///
/// ```swift
/// let result = try BoundedProcess.run(fixture, standardInput: "hello\n:quit\n")
/// #expect(result.standardOutput == "…")
/// ```
/// A program still running at `timeout` is killed (TERM, then KILL) and ``TerminalHarnessError``
/// thrown with what it had written.
///
/// It spawns with `posix_spawn` and reaps with `waitpid`, not Foundation's `Process`: that one
/// decides a child has ended when a descriptor the child inherited closes, so it never sees a
/// program (like the tmux client) end whose daemon keeps the descriptor.
public enum BoundedProcess {
    /// - Parameters:
    ///   - environment: the complete environment (nil: inherit this process's).
    ///   - standardInput: fed from a file, so the program sees end of input after it (not a terminal).
    ///   - workingDirectory: where the program starts (nil: here).
    public static func run(_ executable: String, arguments: [String] = [], environment: [String: String]? = nil,
                           standardInput: String = "", workingDirectory: String? = nil,
                           timeout: Duration = .seconds(30)) throws -> ProcessResult {
        let scratch = try ScratchDirectory(prefix: "bounded-process")
        defer { scratch.remove() }
        let files = (input: scratch.path + "/stdin", output: scratch.path + "/stdout", errors: scratch.path + "/stderr")
        try Data(standardInput.utf8).write(to: URL(fileURLWithPath: files.input))
        var command = [executable] + arguments
        if let workingDirectory {
            command = ["/bin/sh", "-c", "cd \"$1\" || exit 127; shift; exec \"$@\"", "sh", workingDirectory] + command
        }
        let pid = try spawn(command, environment: environment ?? ProcessInfo.processInfo.environment, files: files)
        let (status, finished) = wait(for: pid, timeout: timeout)
        let result = ProcessResult(status: status, standardOutput: read(files.output), standardError: read(files.errors))
        guard finished else {
            throw TerminalHarnessError("`\(executable)` was still running after \(timeout) and was killed; it wrote:\n"
                                       + result.standardOutput + result.standardError)
        }
        return result
    }

    private static func spawn(_ command: [String], environment: [String: String],
                              files: (input: String, output: String, errors: String)) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, files.input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, files.output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, files.errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = defaultSignalAttributes()
        defer { posix_spawnattr_destroy(&attributes) }

        let argv = CStringArray(command)
        let envp = CStringArray(environment.map { "\($0.key)=\($0.value)" })
        defer { argv.free(); envp.free() }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, command[0], &actions, &attributes, argv.pointers, envp.pointers)
        guard status == 0 else {
            throw TerminalHarnessError("Cannot start `\(command[0])` (\(String(cString: strerror(status)))).")
        }
        return pid
    }

    /// Every signal at its default action and none blocked in the child, whatever the test runner set.
    private static func defaultSignalAttributes() -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return attributes
    }

    /// Reaps `pid` within `timeout`, killing it if needed: (exit status, ended by itself).
    static func wait(for pid: pid_t, timeout: Duration) -> (Int32, Bool) {
        if let status = poll(pid, until: ContinuousClock.now + timeout) { return (status, true) }
        kill(pid, SIGTERM)
        if let status = poll(pid, until: ContinuousClock.now + .seconds(2)) { return (status, false) }
        kill(pid, SIGKILL)
        var raw: Int32 = 0
        _ = waitpid(pid, &raw, 0)
        return (decode(raw), false)
    }

    private static func poll(_ pid: pid_t, until deadline: ContinuousClock.Instant) -> Int32? {
        var raw: Int32 = 0
        repeat {
            let reaped = waitpid(pid, &raw, WNOHANG)
            if reaped == pid { return decode(raw) }
            if reaped < 0, errno != EINTR { return -1 }
            usleep(5_000)
        } while ContinuousClock.now < deadline
        return nil
    }

    /// The exit code, or 128 + the signal number (what a shell reports).
    private static func decode(_ raw: Int32) -> Int32 {
        let signal = raw & 0x7F
        return signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
    }

    private static func read(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }
}

/// A NULL-terminated array of C strings for `posix_spawn`; ``free()`` releases it.
private struct CStringArray {
    let pointers: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

    init(_ strings: [String]) {
        pointers = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() { pointers[index] = strdup(string) }
        pointers[strings.count] = nil
    }

    func free() {
        var index = 0
        while let string = pointers[index] {
            Foundation.free(string)
            index += 1
        }
        pointers.deallocate()
    }
}
