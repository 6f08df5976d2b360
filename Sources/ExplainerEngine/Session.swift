import ExplainerCore

/// One conversation's context: who, in which language, and what was last diagnosed,
/// so follow-ups ("why?", "那怎么办", "how long?") refer to it.
public struct Session: Sendable {
    public var userID: String?
    public var language: Lang?
    public var lastIntent: String?
    public var lastDiagnosis: Diagnosis?
    /// The intents offered by the last clarifying question, answerable with `1`/`2`.
    public var pendingChoice: [String] = []
    public var turns = 0

    public init(userID: String? = nil) { self.userID = userID }
}
