#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time (user + system) a process has used so far, as the kernel counts it.
///
/// `LoadGenerator.run(serverPID:)` reads it before and after a run to tell which side of
/// the socket is busy: the load generator's own process (`ownTime()`, from
/// `getrusage(RUSAGE_SELF)`) and the server's (`time(ofProcess:)`, from
/// `/proc/<pid>/stat`, Linux only).
///
/// ```swift
/// let before = ProcessCPU.ownTime()
/// // … work …
/// let used = ProcessCPU.ownTime() - before
/// ```
public enum ProcessCPU {
    /// This process's CPU time so far, user plus system, from `getrusage(RUSAGE_SELF)`.
    public static func ownTime() -> Duration {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return .zero }
        return duration(usage.ru_utime) + duration(usage.ru_stime)
    }

    /// Process `pid`'s CPU time so far: `utime + stime` from `/proc/<pid>/stat`, in clock ticks
    /// (`sysconf(_SC_CLK_TCK)`, usually 100 a second, so 10 ms steps).
    ///
    /// `nil` when the file cannot be read or parsed: no such process, another user's process
    /// behind `hidepid`, or a system without `/proc`.
    public static func time(ofProcess pid: Int32) -> Duration? {
        guard pid > 0, let text = readSmallFile("/proc/\(pid)/stat") else { return nil }
        return parseStat(text, ticksPerSecond: Int(sysconf(Int32(_SC_CLK_TCK))))
    }

    /// `utime + stime` from the text of a `/proc/<pid>/stat` file.
    ///
    /// The command name (field 2) is in parentheses and may hold spaces or `)`, so the
    /// fields are counted after the last `)`: field 3 (state) is the first there, so
    /// `utime` (field 14) and `stime` (field 15) are the 12th and 13th.
    static func parseStat(_ text: String, ticksPerSecond: Int) -> Duration? {
        guard ticksPerSecond > 0, let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count > 12, let user = Int64(fields[11]), let system = Int64(fields[12]) else { return nil }
        let ticks = user + system
        return .seconds(ticks / Int64(ticksPerSecond))
            + .nanoseconds((ticks % Int64(ticksPerSecond)) * 1_000_000_000 / Int64(ticksPerSecond))
    }

    private static func duration(_ value: timeval) -> Duration {
        .seconds(Int64(value.tv_sec)) + .microseconds(Int64(value.tv_usec))
    }

    /// The first 4 KB of a file (a `/proc` stat line is shorter), or `nil` when it cannot be read.
    private static func readSmallFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count], as: UTF8.self)
    }
}
