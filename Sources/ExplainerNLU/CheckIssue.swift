/// One problem found in `intents/`, printed like a compiler diagnostic.
///
///     intents/limit_tiny.yaml:14: error: 'plugin' is missing
///     intents/appeal.yaml:3: warning: only 12 en examples; a diagnostic intent needs at least 30
public struct CheckIssue: Sendable, Equatable, Codable, CustomStringConvertible {
    /// How serious an issue is: errors stop loading, warnings do not.
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    /// The file, as the directory was given plus the file name (`intents/appeal.yaml`).
    public let file: String
    /// 1-based line number; nil for a problem with the whole file or directory.
    public let line: Int?
    public let severity: Severity
    /// One sentence, without the location.
    public let message: String

    public init(file: String, line: Int?, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// `file:line: severity: message` (`file: severity: message` without a line).
    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(location): \(severity.rawValue): \(message)"
    }
}
