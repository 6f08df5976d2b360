import CReadline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signals that arrive while the prompt waits, handled by the thread that reads keys.
///
/// Each handler only writes the signal's number to a pipe (async-signal-safe, and it wakes
/// the reader whichever thread the signal lands on; the chat usually reads on a pool
/// thread). ``readKey`` waits on the terminal and the pipe together and then, in ordinary
/// code, where calling readline is safe:
/// - SIGINT (Ctrl-C): returns the Ctrl-C byte (3), bound to ``ReadlineCallbacks/interruptLine``;
/// - SIGWINCH: tells readline the terminal's new size;
/// - SIGTSTP (Ctrl-Z): gives the terminal back, stops, and takes it again on `fg`;
/// - SIGTERM, SIGHUP, SIGQUIT: gives the terminal back and dies of the signal as usual
///   (the history is already on disk: it is written line by line).
/// Outside ``whileInstalled(_:)`` every signal keeps the disposition it had.
enum PromptSignals {
    /// The Ctrl-C byte, which the terminal never delivers itself while it turns Ctrl-C into SIGINT.
    static let interruptKey: Int32 = 3

    static let relayed: [Int32] = [SIGINT, SIGWINCH, SIGTSTP, SIGTERM, SIGHUP, SIGQUIT]

    /// Both ends non-blocking; (-1, -1) if no pipe could be made (signals then keep their defaults).
    static let channel: (read: Int32, write: Int32) = {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return (-1, -1) }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        return (fds[0], fds[1])
    }()

    /// The handler for every relayed signal: its number into the pipe, `errno` left as it was.
    static let handler: @convention(c) (Int32) -> Void = { signal in
        let saved = errno
        var byte = UInt8(truncatingIfNeeded: signal)
        _ = write(PromptSignals.channel.write, &byte, 1)
        errno = saved
    }

    /// Readline's key reader: one byte from the terminal (one character for libedit), or
    /// ``interruptKey`` after a SIGINT.
    static let readKey: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { stream in
        guard let stream else { return EOF }
        let first = PromptSignals.nextKey(from: fileno(stream))
        guard creadline_getc_returns_characters() != 0, first >= 0xC0 else { return first }
        return PromptSignals.character(startingWith: first, from: fileno(stream))
    }

    /// The code point of the UTF-8 sequence that starts with `lead` (libedit wants characters).
    static func character(startingWith lead: Int32, from fd: Int32) -> Int32 {
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var bytes = [UInt8(truncatingIfNeeded: lead)]
        while bytes.count < length {
            let next = nextKey(from: fd)
            guard next >= 0x80, next < 0xC0 else { return next }
            bytes.append(UInt8(truncatingIfNeeded: next))
        }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.first.map { Int32($0.value) } ?? lead
    }

    /// Runs `body` with the handlers installed (when the pipe exists), then puts the previous ones back.
    static func whileInstalled<T>(_ body: () -> T) -> T {
        guard channel.write >= 0 else { return body() }
        _ = takeSignals()
        let previous = relayed.map { signal($0, handler) }
        defer {
            for (number, old) in zip(relayed, previous) { _ = signal(number, old) }
        }
        return body()
    }

    static func nextKey(from fd: Int32) -> Int32 {
        while true {
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: channel.read, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 2, -1) >= 0 else {
                if errno == EINTR { continue }
                return EOF
            }
            if fds[1].revents & Int16(POLLIN) != 0, handle(takeSignals()) { return interruptKey }
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

    /// Acts on each signal received; true if one was SIGINT.
    private static func handle(_ signals: [Int32]) -> Bool {
        var interrupted = false
        for number in signals {
            switch number {
            case SIGINT: interrupted = true
            case SIGWINCH: rl_resize_terminal()
            case SIGTSTP: suspend()
            default: die(of: number)
            }
        }
        return interrupted
    }

    /// Ctrl-Z: stop with the terminal as the shell left it; on `fg`, take it back and redraw the line.
    private static func suspend() {
        rl_cleanup_after_signal()
        _ = signal(SIGTSTP, nil)
        raiseHere(SIGTSTP)
        _ = signal(SIGTSTP, handler)
        rl_reset_after_signal()
        rl_forced_update_display()
    }

    private static func die(of number: Int32) {
        rl_cleanup_after_signal()
        if let stream = creadline_outstream() {
            fputs("\n", stream)
            fflush(stream)
        }
        _ = signal(number, nil)
        raiseHere(number)
    }

    /// Delivers `number` to this thread before returning, even on a thread that blocks signals
    /// (Dispatch's worker threads block them all).
    private static func raiseHere(_ number: Int32) {
        var only = sigset_t(), saved = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, number)
        pthread_sigmask(SIG_UNBLOCK, &only, &saved)
        raise(number)
        pthread_sigmask(SIG_SETMASK, &saved, nil)
    }

    /// Empties the pipe; returns the signal numbers it held.
    static func takeSignals() -> [Int32] {
        var buffer = [UInt8](repeating: 0, count: 64)
        var signals: [Int32] = []
        while true {
            let count = read(channel.read, &buffer, buffer.count)
            guard count > 0 else { return signals }
            signals += buffer.prefix(count).map { Int32($0) }
        }
    }
}
