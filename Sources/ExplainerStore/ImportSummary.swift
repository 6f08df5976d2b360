/// What one ``RecordStore/importRecords(_:at:)`` did.
///
/// The CLI prints it as `imported 3 records (2 new, 1 replaced) into /path/db.sqlite`.
public struct ImportSummary: Sendable, Hashable {
    /// The ids imported, in batch order.
    public var userIDs: [String]
    /// How many ids were not in the store before.
    public var inserted: Int
    /// How many ids replaced a record already in the store.
    public var replaced: Int

    /// All records imported (`inserted + replaced`).
    public var imported: Int { inserted + replaced }

    public init(userIDs: [String], inserted: Int, replaced: Int) {
        self.userIDs = userIDs
        self.inserted = inserted
        self.replaced = replaced
    }
}
