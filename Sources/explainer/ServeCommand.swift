import ArgumentParser
import ExplainerCore
import ExplainerEngine
import ExplainerServer
import ExplainerStore
import Foundation
import Logging

/// `explainer serve --socket PATH`: the help-desk JSON-RPC server (docs/protocol.md).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serves ask, diagnose, intents, health and reload as JSON-RPC 2.0 over a Unix domain socket.",
        discussion: "SIGTERM/SIGINT finish in-flight requests and remove the socket file; SIGHUP reloads intents/ and knowledge/. See docs/protocol.md.")

    @Option(help: ArgumentHelp("The socket file to listen on.", valueName: "path")) var socket: String
    @Option(help: ArgumentHelp("The socket file's mode, octal (default 0600).", valueName: "mode")) var socketMode: String?
    @Option(help: ArgumentHelp("Give the socket file to this group (name or gid).", valueName: "group")) var socketGroup: String?
    @Option(name: .customLong("allow-uid"), help: ArgumentHelp("Only accept peers with this uid (repeatable; default: any).", valueName: "uid"))
    var allowUIDs: [UInt32] = []
    @Option(help: ArgumentHelp("Close connections idle this many seconds.", valueName: "s")) var idleTimeout = 60
    @Option(help: "The most connections served at once.") var maxConnections = 256
    @Option(help: ArgumentHelp("Forget conversations idle this many seconds.", valueName: "s")) var sessionTimeout = 1800
    @Option(help: "The most conversations kept (the least recently used are dropped).") var maxSessions = 10_000
    @Option(help: "trace, debug, info, notice, warning, error or critical.") var logLevel = "info"
    @Option(help: ArgumentHelp(
        "full: each audit entry is synced to disk before the reply (survives a power cut); normal: committed before the reply but synced at checkpoints (survives a crash, not a power cut).",
        valueName: "full|normal"))
    var auditSync: AuditSync = .full
    @OptionGroup var runtime: RuntimeOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level \(logLevel) is not a log level.") }
        guard idleTimeout > 0, sessionTimeout > 0, maxConnections > 0, maxSessions > 0 else {
            throw ValidationError("--idle-timeout, --session-timeout, --max-connections and --max-sessions must be positive.")
        }
        if let socketMode { do { _ = try ServerConfiguration.parseSocketMode(socketMode) } catch { throw ValidationError(error.description) } }
    }

    func run() async throws {
        ServerLogging.bootstrap(level: Logger.Level(rawValue: logLevel) ?? .info)
        let engine = try runtime.engine()
        let records: SQLiteRecordStore
        do { records = try store.open(now: runtime.time, auditSync: auditSync) } catch { throw CommandLineError.fail(error) }
        let runtime = self.runtime
        let service = EngineService(engine: engine, store: records,
                                    sessions: SessionTable(capacity: maxSessions, idleTimeout: .seconds(sessionTimeout)),
                                    evaluationTime: runtime.now.flatMap(ExplainerCore.Timestamp.parse),
                                    loader: { try runtime.loadEngine() })
        var config = ServerConfiguration(socketPath: socket)
        if let socketMode { config.socketMode = (try? ServerConfiguration.parseSocketMode(socketMode)) ?? 0o600 }
        config.socketGroup = socketGroup
        config.allowedUIDs = allowUIDs.isEmpty ? nil : Set(allowUIDs)
        config.idleTimeout = .seconds(idleTimeout)
        config.maxConnections = maxConnections
        config.handlesSignals = true
        let server: RPCServer
        do { server = try await RPCServer.bind(configuration: config, service: service) } catch { throw CommandLineError.fail(error) }
        await server.run()
    }
}
