import Logging

extension RPCServer {
    /// Acts on signals until cancelled: SIGTERM/SIGINT shut down (a second one cuts
    /// connections at once), SIGHUP reloads.
    func watchSignals(_ watcher: SignalWatcher) async {
        for await number in watcher.signals {
            logger.info("signal received", metadata: ["signal": "\(SignalWatcher.name(number))"])
            if SignalWatcher.isReload(number) {
                await reload(trigger: "SIGHUP")
            } else {
                shutdown()
            }
        }
    }

    /// Runs the service's `reload` outside any request (as SIGHUP does), logging the outcome.
    @discardableResult
    public func reload(trigger: String) async -> Result<JSONValue, RPCError> {
        let context = dispatcher.makeContext(
            for: RPCRequest(id: nil, method: "reload"),
            from: ConnectionInfo(id: nil, peer: nil, logger: logger)
        )
        return await dispatcher.runReload(context: context, trigger: trigger)
    }
}
