import Logging

/// Sends the process's swift-log output to stderr, one line per event, at `level`.
///
/// Call once, early, from the command line (`explainer serve --log-level debug`). At the
/// default `.info` the server logs connection open/close, refusals, reloads, shutdown and
/// errors — never a customer's question or answer (requests are logged at `.debug`, by
/// method and id only).
public enum ServerLogging {
    public static func bootstrap(level: Logger.Level = .info) {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
