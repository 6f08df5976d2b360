import NIOCore

extension SessionTable {
    func isExpired(lastUsed: ContinuousClock.Instant, now: ContinuousClock.Instant) -> Bool {
        lastUsed.duration(to: now) >= idleTimeout
    }

    /// Checks ownership and expiry of `id`, then marks it used; returns where it is in `state.entries`.
    /// Works on the entry in place (an entry holds a whole conversation: copying it costs).
    func touch(_ id: String, userID: String?, now: ContinuousClock.Instant, in state: inout State) throws(SessionError)
        -> Dictionary<String, Entry>.Index {
        guard let index = state.entries.index(forKey: id) else { throw .unknown(sessionID: id) }
        let lastUsed = state.entries.values[index].lastUsed
        if isExpired(lastUsed: lastUsed, now: now) {
            state.entries.remove(at: index)
            throw .expired(sessionID: id)
        }
        guard state.entries.values[index].userID == userID else { throw .belongsToAnotherUser(sessionID: id) }
        state.entries.values[index].lastUsed = max(lastUsed, now)
        recordUse(at: index, in: &state)
        return index
    }

    /// Stamps the session at `index` in `state.entries` as the most recently used.
    func recordUse(at index: Dictionary<String, Entry>.Index, in state: inout State) {
        let stamp = state.nextStamp
        state.nextStamp += 1
        state.entries.values[index].stamp = stamp
        state.recency.append(Use(id: state.entries.keys[index], stamp: stamp))
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
            guard let index = state.entries.index(forKey: oldest.id), state.entries.values[index].stamp == oldest.stamp else {
                state.recency.removeFirst()
                continue
            }
            let expired = isExpired(lastUsed: state.entries.values[index].lastUsed, now: now)
            guard expired || state.entries.count >= capacity else { return }
            state.entries.remove(at: index)
            state.recency.removeFirst()
            if !expired { return }
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
