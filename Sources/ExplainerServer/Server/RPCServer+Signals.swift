import Dispatch
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension RPCServer {
    /// Handles SIGTERM and SIGINT (graceful shutdown; a second one cuts connections at once)
    /// and SIGHUP (reload) until cancelled. Uses Dispatch signal sources: no work in a C handler.
    func watchSignals() async {
        let (signals, continuation) = AsyncStream<Int32>.makeStream()
        let watched: [Int32] = [SIGTERM, SIGINT, SIGHUP]
        var previous: [(Int32, sighandler_t?)] = []
        var sources: [any DispatchSourceSignal] = []
        for number in watched {
            previous.append((number, signal(number, SIG_IGN)))
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            sources.append(source)
        }
        defer {
            for source in sources { source.cancel() }
            for (number, handler) in previous { signal(number, handler) }
        }
        for await number in signals {
            if number == SIGHUP {
                await reload(trigger: "SIGHUP")
            } else {
                logger.info("signal received", metadata: ["signal": "\(number == SIGINT ? "SIGINT" : "SIGTERM")"])
                shutdown()
            }
        }
    }

    /// Runs the service's reload outside any request, logging the outcome.
    public func reload(trigger: String) async {
        let context = dispatcher.makeContext(
            for: RPCRequest(id: nil, method: "reload"),
            from: ConnectionInfo(id: nil, peer: nil, logger: logger)
        )
        _ = await dispatcher.runReload(context: context, trigger: trigger)
    }
}
