import Foundation

extension HistoryLocation {
    /// The history file path for this process's environment.
    public static func path(override: String? = nil) -> String? {
        path(override: override, environment: ProcessInfo.processInfo.environment)
    }
}
