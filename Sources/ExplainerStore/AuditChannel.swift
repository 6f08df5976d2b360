/// The request kind an ``AuditEntry`` records.
public enum AuditChannel: String, Sendable, Hashable, Codable, CaseIterable {
    /// A question answered with language understanding (`ask`, chat, socket `ask`).
    case ask
    /// A diagnosis without language understanding (`diagnose`, socket `diagnose`).
    case diagnose
}
