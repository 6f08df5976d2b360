import Foundation

/// Where the record store's database file is, and who chose it.
///
/// `--db PATH` wins, then the environment variable `EXPLAINER_DB`, then
/// `$XDG_DATA_HOME/explainer/explainer.sqlite` (default `~/.local/share/explainer/explainer.sqlite`).
/// Empty values count as unset; a relative `XDG_DATA_HOME` is ignored, as the XDG
/// specification requires.
///
/// ```swift
/// let location = StoreLocation.resolve(db: options.db, environment: ProcessInfo.processInfo.environment)
/// ```
public struct StoreLocation: Sendable, Hashable {
    /// Who chose the location.
    public enum Origin: String, Sendable, Hashable {
        /// `--db PATH` on the command line.
        case option
        /// The `EXPLAINER_DB` environment variable.
        case environment
        /// The XDG data directory.
        case xdgDefault
    }

    /// The database file's path, as given (relative paths are relative to the current directory).
    public var path: String
    /// Who chose it.
    public var origin: Origin

    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }

    /// Only the default location gets its missing directories created; an explicit
    /// `--db` or `EXPLAINER_DB` whose directory does not exist is an error, since a
    /// typo there should not silently make a new tree of directories.
    public var createsMissingDirectories: Bool { origin == .xdgDefault }

    /// The environment variable that names the database.
    public static let environmentVariable = "EXPLAINER_DB"

    /// Resolves `--db`, `EXPLAINER_DB` and the XDG default, in that order.
    public static func resolve(db: String?, environment: [String: String]) -> StoreLocation {
        if let db, !db.isEmpty { return StoreLocation(path: db, origin: .option) }
        if let env = environment[environmentVariable], !env.isEmpty {
            return StoreLocation(path: env, origin: .environment)
        }
        return StoreLocation(path: defaultPath(environment: environment), origin: .xdgDefault)
    }

    /// `$XDG_DATA_HOME/explainer/explainer.sqlite`, or `$HOME/.local/share/explainer/explainer.sqlite`.
    public static func defaultPath(environment: [String: String]) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((dataHome as NSString).appendingPathComponent("explainer") as NSString)
            .appendingPathComponent("explainer.sqlite")
    }
}
