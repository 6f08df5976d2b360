/// Why `intents/` could not be loaded: every error found, one compiler-style line each.
///
///     intents/limit_tiny.yaml:14: error: 'plugin' is missing
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The errors (never warnings), in file and line order.
    public let issues: [CheckIssue]

    public init(issues: [CheckIssue]) { self.issues = issues }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
