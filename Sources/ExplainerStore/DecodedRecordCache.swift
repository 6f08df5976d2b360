import ExplainerCore
import Synchronization

/// Customers' records already decoded, each kept with the stored JSON it was decoded from,
/// so a lookup that reads the same JSON again skips decoding it. Bounded; the least
/// recently used record is dropped first. Thread-safe.
///
/// Use it behind a store's lookup: read the row, then ask ``record(id:json:)``; a record
/// changed by anyone (another process's `records import` included) has different JSON and
/// misses, so a cached record is never served stale.
final class DecodedRecordCache: Sendable {
    fileprivate struct Slot {
        var id: String
        var json: [UInt8]
        var record: CustomerRecord
        var newer: Int
        var older: Int
    }

    fileprivate struct State {
        var index: [String: Int] = [:]
        var slots: [Slot] = []
        /// The most and least recently used slots; -1 when empty.
        var newest = -1
        var oldest = -1
    }

    /// The most records kept.
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Records held now.
    var count: Int { state.withLock { $0.index.count } }

    /// The record decoded from exactly `json` for `id`, or nil (then decode and ``insert(_:json:id:)``).
    func record(id: String, json: UnsafeRawBufferPointer) -> CustomerRecord? {
        state.withLock { state -> CustomerRecord? in
            guard let slot = state.index[id], state.slots[slot].json.withUnsafeBytes({ $0.elementsEqual(json) }) else { return nil }
            state.touch(slot)
            return state.slots[slot].record
        }
    }

    /// Keeps `record`, decoded from the JSON bytes `json`, as `id`'s, replacing what was kept for `id`.
    func insert(_ record: CustomerRecord, json: [UInt8], id: String) {
        let capacity = self.capacity
        state.withLock { state in
            if let slot = state.index[id] {
                state.slots[slot].json = json
                state.slots[slot].record = record
                state.touch(slot)
                return
            }
            let slot: Int
            if state.slots.count < capacity {
                slot = state.slots.count
                state.slots.append(Slot(id: id, json: json, record: record, newer: -1, older: -1))
            } else {
                slot = state.oldest
                state.unlink(slot)
                state.index[state.slots[slot].id] = nil
                state.slots[slot] = Slot(id: id, json: json, record: record, newer: -1, older: -1)
            }
            state.index[id] = slot
            state.pushNewest(slot)
        }
    }
}

extension DecodedRecordCache.State {
    /// Makes `slot` the most recently used.
    fileprivate mutating func touch(_ slot: Int) {
        guard newest != slot else { return }
        unlink(slot)
        pushNewest(slot)
    }

    fileprivate mutating func unlink(_ slot: Int) {
        let (newer, older) = (slots[slot].newer, slots[slot].older)
        if newer >= 0 { slots[newer].older = older } else { newest = older }
        if older >= 0 { slots[older].newer = newer } else { oldest = newer }
        slots[slot].newer = -1
        slots[slot].older = -1
    }

    fileprivate mutating func pushNewest(_ slot: Int) {
        slots[slot].older = newest
        slots[slot].newer = -1
        if newest >= 0 { slots[newest].newer = slot }
        newest = slot
        if oldest < 0 { oldest = slot }
    }
}
