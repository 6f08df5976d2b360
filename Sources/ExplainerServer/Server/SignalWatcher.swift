import Dispatch
import NIOConcurrencyHelpers

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGTERM, SIGINT and SIGHUP into an async stream, through Dispatch signal sources
/// (no work happens in a C signal handler). Installed by `RPCServer.bind` so a signal sent
/// any time after `bind` returns is seen; `stop()` restores the previous dispositions.
final class SignalWatcher: Sendable {
    static let watched: [Int32] = [SIGTERM, SIGINT, SIGHUP]

    /// One installed source and the disposition it replaced.
    /// `@unchecked`: a Dispatch source is a thread-safe object; `cancel()` may be called from any thread.
    private struct Installed: @unchecked Sendable {
        let signal: Int32
        let previous: sighandler_t?
        let source: any DispatchSourceSignal
    }

    /// Signals in arrival order.
    let signals: AsyncStream<Int32>
    private let installed: NIOLockedValueBox<[Installed]>

    private let registered = DispatchGroup()

    init() {
        let (signals, continuation) = AsyncStream<Int32>.makeStream()
        self.signals = signals
        var installed: [Installed] = []
        for number in Self.watched {
            let previous = signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            registered.enter()
            source.setRegistrationHandler { [registered] in registered.leave() }
            source.resume()
            installed.append(Installed(signal: number, previous: previous, source: source))
        }
        self.installed = NIOLockedValueBox(installed)
    }

    /// Returns once every source is registered with the kernel: a signal sent after this is seen
    /// (before it, with the disposition already `SIG_IGN`, it could be lost).
    func waitUntilRegistered() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            registered.notify(queue: .global()) { continuation.resume() }
        }
    }

    /// Cancels the sources and gives each signal back its previous disposition. Idempotent.
    func stop() {
        let entries = installed.withLockedValue { entries in
            defer { entries = [] }
            return entries
        }
        for entry in entries {
            entry.source.cancel()
            signal(entry.signal, entry.previous)
        }
    }

    /// SIGHUP asks for a reload; the others for a shutdown.
    static func isReload(_ number: Int32) -> Bool {
        number == SIGHUP
    }

    static func name(_ number: Int32) -> String {
        switch number {
        case SIGTERM: "SIGTERM"
        case SIGINT: "SIGINT"
        case SIGHUP: "SIGHUP"
        default: "signal \(number)"
        }
    }
}
