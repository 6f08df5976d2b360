/// What the engine refuses, in one sentence each.
public enum EngineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Intents, knowledge or plugins do not fit together.
    case configuration(String)
    /// `--intent` or a request named an intent that does not exist.
    case unknownIntent(String, known: [String])

    public var description: String {
        switch self {
        case .configuration(let m): return m
        case .unknownIntent(let id, let known):
            return "unknown intent \"\(id)\"; known intents: \(known.joined(separator: ", "))"
        }
    }
}
