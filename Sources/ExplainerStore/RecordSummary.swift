import Foundation

/// One line of `explainer records list`: who is in the store and since when.
public struct RecordSummary: Sendable, Hashable, Codable {
    /// The record's `user_id`.
    public var userID: String
    /// The record's `display_name`, when it has one.
    public var displayName: String?
    /// When the record was last imported (the `now` of that import).
    public var importedAt: Date

    enum CodingKeys: String, CodingKey {
        case userID = "user_id", displayName = "display_name", importedAt = "imported_at"
    }

    public init(userID: String, displayName: String?, importedAt: Date) {
        self.userID = userID
        self.displayName = displayName
        self.importedAt = importedAt
    }
}
