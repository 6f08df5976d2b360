/// Where the chat keeps its history file.
///
/// In order: the `override` parameter (e.g. a command-line flag), `$EXPLAINER_HISTORY`,
/// `$XDG_STATE_HOME/explainer/history`, `~/.local/state/explainer/history`. Empty values
/// count as unset, and a relative `XDG_STATE_HOME` is ignored, as the XDG spec says.
///
/// ```swift
/// HistoryLocation.path(environment: ["HOME": "/home/ann"])   // "/home/ann/.local/state/explainer/history"
/// ```
public enum HistoryLocation {
    /// The environment variable that names the history file.
    public static let environmentVariable = "EXPLAINER_HISTORY"

    /// The history file path, or nil when neither an override, the XDG state dir nor `HOME` is known.
    public static func path(override: String? = nil, environment: [String: String]) -> String? {
        if let explicit = nonEmpty(override) ?? nonEmpty(environment[environmentVariable]) {
            return explicit
        }
        if let state = nonEmpty(environment["XDG_STATE_HOME"]), state.hasPrefix("/") {
            return state + "/explainer/history"
        }
        if let home = nonEmpty(environment["HOME"]) {
            return home + "/.local/state/explainer/history"
        }
        return nil
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
