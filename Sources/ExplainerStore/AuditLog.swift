import Foundation

/// The append-only log of answers given: what a lender shows an auditor or a
/// customer complaint handler ("what did the bot tell u-1001 last week, and why?").
///
/// ``SQLiteRecordStore`` and ``InMemoryRecordStore`` both implement it beside
/// ``RecordStore``.
public protocol AuditLog: Sendable {
    /// Appends one entry. Durable: the entry is committed before this returns.
    ///
    /// Times are kept to the millisecond (see ``AuditEntry/normalized()``).
    /// Throws ``StoreError`` when the log cannot be written, e.g.
    /// `/x/db.sqlite: is locked by another process (waited 10 s)`.
    func appendAudit(_ entry: AuditEntry) throws(StoreError)

    /// Appends several entries in one transaction: all of them or none, with one sync to
    /// disk for the lot. Durable like ``appendAudit(_:)``: committed before this returns.
    ///
    /// Use it to commit entries that arrive together (the socket server's group commit).
    /// Entries keep the given order. Throws ``StoreError`` like ``appendAudit(_:)``; then
    /// none of the entries is in the log.
    func appendAudit(contentsOf entries: [AuditEntry]) throws(StoreError)

    /// Entries in time order (oldest first; entries with equal times in append order).
    ///
    /// - Parameters:
    ///   - userID: only this customer's entries; `nil` for everyone's.
    ///   - since: only entries whose ``AuditEntry/time`` is at or after this; `nil` for all.
    ///   - limit: only the newest `limit` of the matching entries; `nil` for all.
    func audit(userID: String?, since: Date?, limit: Int?) throws(StoreError) -> [AuditEntry]
}
