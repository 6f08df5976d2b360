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
        return entry
    }

    /// Frees one slot: sweeps expired sessions, and if none were, evicts the least recently used.
    func makeRoom(in state: inout State, now: ContinuousClock.Instant) {
        state.entries = state.entries.filter { !isExpired($0.value, now: now) }
        guard state.entries.count >= capacity else { return }
        if let oldest = state.entries.min(by: { $0.value.lastUsed < $1.value.lastUsed })?.key {
            state.entries[oldest] = nil
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
