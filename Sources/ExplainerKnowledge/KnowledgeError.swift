/// A problem in a knowledge/ (or other YAML data) file, printed like a compiler:
/// `knowledge/reasons.yaml:14: CURRENT_OVERDUE.text.en uses {amout}, which the model never provides`.
public struct KnowledgeError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    /// Warnings are reported by `explainer check` but do not fail loading.
    public var isWarning: Bool

    public init(file: String, line: Int?, message: String, isWarning: Bool = false) {
        self.file = file; self.line = line; self.message = message; self.isWarning = isWarning
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(isWarning ? "warning: " : "")\(message)"
    }
}

/// Several problems found at once (`explainer check` prints them all).
public struct KnowledgeErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [KnowledgeError]
    public init(_ errors: [KnowledgeError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
