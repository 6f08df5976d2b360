import ExplainerCore
import Foundation

/// Where customers' records live: looked up by id for every answer, listed and
/// imported by `explainer records`.
///
/// Two implementations: ``SQLiteRecordStore`` (the product's, one file on disk) and
/// ``InMemoryRecordStore`` (the twin for tests). Both validate every record the
/// same way and behave the same; the shared test suite runs against both.
///
/// ```swift
/// let store = try DefaultStore.open(db: nil, environment: env, seedDirectory: nil, now: now)
/// guard let record = try store.record(id: "u-1001") else { /* unknown user */ }
/// ```
public protocol RecordStore: Sendable {
    /// The record of `id`, or `nil` when the store has no such customer.
    ///
    /// Throws ``StoreError`` when the store cannot be read, e.g.
    /// `/x/db.sqlite: customer "u-1": stored record cannot be read (account: is required but missing)`.
    func record(id: String) throws(StoreError) -> CustomerRecord?

    /// Every customer in the store, ordered by id.
    func list() throws(StoreError) -> [RecordSummary]

    /// The ids of every customer, ordered; for Tab completion.
    func userIDs() throws(StoreError) -> [String]

    /// Imports a batch of records, all or nothing, stamping them `importedAt`.
    ///
    /// Each record is validated by re-encoding it to its canonical JSON and decoding
    /// that with ``RecordDecoder``; what is stored is exactly what was accepted.
    /// A record whose id is already in the store **replaces** the stored one (the
    /// import format carries the customer's whole state, not a change).
    /// `source` names the file each record came from, for error messages.
    ///
    /// Nothing is imported when any record fails: a bad record throws
    /// `li.json: loans[0].due_at: "2026-13-01" is not an ISO 8601 date`; the same id
    /// twice in one batch throws `b.json: user_id: "u-1" is also in a.json (…)`.
    func importRecords(_ records: [(source: String, record: CustomerRecord)],
                       at importedAt: Date) throws(StoreError) -> ImportSummary

    /// The platform status a deployment keeps in the store, or `nil` when none is
    /// stored (the demo reads `knowledge/platform.yaml` instead).
    func platformStatus() throws(StoreError) -> PlatformStatus?

    /// Stores the platform status for every later reader; `nil` removes it.
    func setPlatformStatus(_ status: PlatformStatus?) throws(StoreError)
}
