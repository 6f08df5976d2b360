import CReadline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT (Ctrl-C) into a key readline can act on, without doing any work in the handler.
///
/// The handler only writes one byte to a pipe (async-signal-safe, and it wakes the reader
/// whichever thread the signal lands on). ``readKey`` waits on the terminal and the pipe
/// together and returns the Ctrl-C byte (3) when the pipe has something; readline then runs
/// the command bound to that byte, ``ReadlineCallbacks/interruptLine``, as an ordinary key.
enum InterruptSignal {
    /// The Ctrl-C byte, which the terminal never delivers itself while it turns Ctrl-C into SIGINT.
    static let key: Int32 = 3

    /// Both ends non-blocking; (-1, -1) if no pipe could be made (Ctrl-C then ends the process).
    static let channel: (read: Int32, write: Int32) = {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return (-1, -1) }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        return (fds[0], fds[1])
    }()

    /// The SIGINT handler: one byte into the pipe, `errno` left as it was.
    static let handler: @convention(c) (Int32) -> Void = { _ in
        let saved = errno
        var byte = UInt8(InterruptSignal.key)
        _ = write(InterruptSignal.channel.write, &byte, 1)
        errno = saved
    }

    /// Readline's key reader: one byte from the terminal, or ``key`` after a SIGINT.
    static let readKey: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { stream in
        guard let stream else { return EOF }
        return InterruptSignal.nextKey(from: fileno(stream))
    }

    static func nextKey(from fd: Int32) -> Int32 {
        while true {
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: channel.read, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 2, -1) >= 0 else {
                if errno == EINTR { rl_check_signals(); continue }
                return EOF
            }
            if fds[1].revents & Int16(POLLIN) != 0 { drain(); return key }
            if fds[0].revents != 0, let byte = readByte(from: fd) { return byte }
        }
    }

    /// The next byte, EOF at end of input or on error, nil to wait again.
    private static func readByte(from fd: Int32) -> Int32? {
        var byte: UInt8 = 0
        switch read(fd, &byte, 1) {
        case 1: return Int32(byte)
        case 0: return EOF
        default: return errno == EINTR || errno == EAGAIN ? nil : EOF
        }
    }

    /// Runs `body` with the handler installed (when the pipe exists), then puts the previous one back.
    static func whileInstalled<T>(_ body: () -> T) -> T {
        guard channel.write >= 0 else { return body() }
        drain()
        let previous = signal(SIGINT, handler)
        defer { _ = signal(SIGINT, previous) }
        return body()
    }

    /// Empties the pipe so an old Ctrl-C does not clear the next line.
    static func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(channel.read, &buffer, buffer.count) > 0 {}
    }
}
