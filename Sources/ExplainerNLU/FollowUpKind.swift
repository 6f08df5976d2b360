/// What a bare follow-up ("why?", "那怎么办") asks about the last diagnosis.
public enum FollowUpKind: String, Sendable, Codable, CaseIterable {
    /// "why?", "为什么", "怎么回事", "how come": the reasons.
    case why
    /// "what can I do?", "那怎么办": the improvement steps.
    case whatToDo = "what_to_do"
    /// "how long?", "要多久", "when?": when it clears.
    case howLong = "how_long"
    /// "tell me more", "详细点": more detail.
    case more
}

/// The phrases read from `_followups.yaml`, before normalisation.
struct FollowUpSource: Sendable {
    var fillers: [String] = []
    var patterns: [FollowUpKind: [String]] = [:]
    /// Option number (1-based) → the phrases that pick it ("第二个", "the second one").
    var choices: [Int: [String]] = [:]
}
