import ExplainerCore
import Foundation
import Synchronization

/// The in-memory twin of ``SQLiteRecordStore`` for tests: same validation, same
/// replace-on-reimport, same audit ordering, nothing on disk. Thread-safe.
///
/// ```swift
/// let store = InMemoryRecordStore()
/// _ = try store.importRecords([(source: "test", record: record)], at: now)
/// ```
public final class InMemoryRecordStore: RecordStore, AuditLog {
    struct State {
        var records: [String: (record: CustomerRecord, importedAt: Date)] = [:]
        var platform: PlatformStatus?
        var audit: [AuditEntry] = []
    }

    private let state = Mutex(State())

    /// An empty store.
    public init() {}

    /// A store holding `records`, imported at `importedAt`; throws like ``importRecords(_:at:)``.
    public convenience init(records: [(source: String, record: CustomerRecord)], importedAt: Date) throws(StoreError) {
        self.init()
        _ = try importRecords(records, at: importedAt)
    }

    public func record(id: String) throws(StoreError) -> CustomerRecord? {
        state.withLock { $0.records[id]?.record }
    }

    public func list() throws(StoreError) -> [RecordSummary] {
        state.withLock { state in
            state.records.keys.sorted().compactMap { id in
                state.records[id].map {
                    RecordSummary(userID: id, displayName: $0.record.displayName, importedAt: $0.importedAt)
                }
            }
        }
    }

    public func userIDs() throws(StoreError) -> [String] {
        state.withLock { $0.records.keys.sorted() }
    }

    public func importRecords(_ records: [(source: String, record: CustomerRecord)],
                              at importedAt: Date) throws(StoreError) -> ImportSummary {
        let batch = try CanonicalRecord.batch(records)
        let stamp = Milliseconds.date(Milliseconds.of(importedAt))
        return state.withLock { state in
            var replaced = 0
            for item in batch {
                let id = item.record.userID
                if state.records[id] != nil { replaced += 1 }
                state.records[id] = (item.record, stamp)
            }
            return ImportSummary(userIDs: batch.map(\.record.userID), inserted: batch.count - replaced, replaced: replaced)
        }
    }

    public func platformStatus() throws(StoreError) -> PlatformStatus? {
        state.withLock { $0.platform }
    }

    public func setPlatformStatus(_ status: PlatformStatus?) throws(StoreError) {
        let stored = try status.map { status throws(StoreError) in try PlatformJSON.decode(PlatformJSON.encode(status), store: "memory") }
        state.withLock { $0.platform = stored }
    }

    public func appendAudit(_ entry: AuditEntry) throws(StoreError) {
        let stored = entry.normalized()
        state.withLock { $0.audit.append(stored) }
    }

    public func appendAudit(contentsOf entries: [AuditEntry]) throws(StoreError) {
        let stored = entries.map { $0.normalized() }
        state.withLock { $0.audit.append(contentsOf: stored) }
    }

    public func audit(userID: String?, since: Date?, limit: Int?) throws(StoreError) -> [AuditEntry] {
        let all = state.withLock { $0.audit }
        let sinceMs = since.map(Milliseconds.of)
        let matching = all.enumerated()
            .filter { userID == nil || $0.element.userID == userID }
            .filter { item in sinceMs.map { Milliseconds.of(item.element.time) >= $0 } ?? true }
            .sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element)
        guard let limit else { return matching }
        return Array(matching.suffix(max(0, limit)))
    }
}
