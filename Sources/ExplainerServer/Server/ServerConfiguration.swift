import Logging
import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything `RPCServer` needs to know, with the defaults docs/protocol.md states.
///
/// ```swift
/// var config = ServerConfiguration(socketPath: "/run/explainer/explainer.sock")
/// config.socketMode = try ServerConfiguration.parseSocketMode("0660")
/// config.socketGroup = "helpdesk"
/// config.handlesSignals = true
/// ```
public struct ServerConfiguration: Sendable {
    /// Where the Unix socket file is created.
    public var socketPath: String
    /// The socket file's mode; only the owner may connect by default. Parse `--socket-mode` with `parseSocketMode`.
    public var socketMode: mode_t = 0o600
    /// The socket file's group (a name or a numeric gid), for `--socket-group`; `nil` keeps the process's group.
    public var socketGroup: String?
    /// When set, only processes running as one of these uids may talk to the server (checked with SO_PEERCRED).
    public var allowedUIDs: Set<UInt32>?
    /// The longest request line accepted, in bytes; longer lines get `-32003`.
    public var maxLineLength = 64 * 1024
    /// The most requests one batch may hold.
    public var maxBatchSize = 100
    /// The most connections served at once; one more gets `-32009` and is closed.
    public var maxConnections = 256
    /// A connection with no request outstanding and nothing read for this long is closed.
    public var idleTimeout: Duration = .seconds(60)
    /// After SIGTERM/SIGINT or `shutdown()`, how long in-flight requests may take before connections are cut.
    public var shutdownGracePeriod: Duration = .seconds(10)
    /// Whether the server handles SIGTERM, SIGINT (shut down) and SIGHUP (reload), from `bind` until `run` returns.
    /// The command line sets it; other signal handling in the process is given back afterwards.
    public var handlesSignals = false
    /// Where `RequestContext.now` comes from.
    public var wallClock: WallClock = .system
    /// Where the server logs (connection open/close, errors, reloads; never customer text at `.info`).
    /// The default is made when the configuration is: call `ServerLogging.bootstrap` before `init`.
    public var logger = Logger(label: "explainer.server")
    /// The event loops connections run on.
    public var eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton

    public init(socketPath: String) {
        self.socketPath = socketPath
    }

    /// Reads an octal mode such as `0600`, `660` or `0o660`.
    ///
    /// Throws `--socket-mode 999 is not an octal file mode such as 0600 or 0660`.
    public static func parseSocketMode(_ text: String) throws(ServerError) -> mode_t {
        let digits = text.hasPrefix("0o") ? String(text.dropFirst(2)) : text
        guard !digits.isEmpty, digits.count <= 4, let mode = mode_t(digits, radix: 8), mode <= 0o777 else {
            throw .invalidMode(text)
        }
        return mode
    }
}
