import NIOCore

extension SessionTable {
    func isExpired(_ entry: Entry, now: ContinuousClock.Instant) -> Bool {
        entry.lastUsed.duration(to: now) >= idleTimeout
    }

    /// Checks ownership and expiry of `id`, then marks it used.
    func touch(_ id: String, userID: String?, now: ContinuousClock.Instant, in state: inout State) throws(SessionError) -> Entry {
        guard var entry = state.entries[id] else { throw .unknown(sessionID: id) }
        if isExpired(entry, now: now) {
            state.entries[id] = nil
            throw .expired(sessionID: id)
        }
        guard entry.userID == userID else { throw .belongsToAnotherUser(sessionID: id) }
        entry.lastUsed = max(entry.lastUsed, now)
        state.entries[id] = entry
        recordUse(of: id, in: &state)
        return entry
    }

    /// Stamps session `id` (which must exist) as the most recently used.
    func recordUse(of id: String, in state: inout State) {
        let stamp = state.nextStamp
        state.nextStamp += 1
        state.entries[id]?.stamp = stamp
        state.recency.append(Use(id: id, stamp: stamp))
        if state.recency.count > 2 * state.entries.count + 64 { compact(&state) }
    }

    /// Rebuilds `recency` from the live entries alone, oldest use first.
    private func compact(_ state: inout State) {
        let uses = state.entries.map { Use(id: $0.key, stamp: $0.value.stamp) }.sorted { $0.stamp < $1.stamp }
        state.recency = CircularBuffer(uses)
    }

    /// Called before every `create`, from the least recently used end: drops out-of-date records
    /// and expired sessions, and if the table is still full, evicts the least recently used live session.
    func makeRoom(in state: inout State, now: ContinuousClock.Instant) {
        while let oldest = state.recency.first {
            guard let entry = state.entries[oldest.id], entry.stamp == oldest.stamp else {
                state.recency.removeFirst()
                continue
            }
            guard isExpired(entry, now: now) || state.entries.count >= capacity else { return }
            state.entries[oldest.id] = nil
            state.recency.removeFirst()
            if !isExpired(entry, now: now) { return }
        }
    }

    /// `s-` followed by 128 random bits in hex.
    static func newID(using random: inout any RandomNumberGenerator & Sendable) -> String {
        let high = random.next() as UInt64
        let low = random.next() as UInt64
        return "s-" + hex16(high) + hex16(low)
    }

    private static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
