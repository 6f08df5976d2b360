import NIOConcurrencyHelpers
import NIOCore

/// Conversation sessions for the socket server: unguessable ids, each bound to the
/// `user_id` it was created with, expiring after an idle time, bounded in number.
///
/// Use one table per server; it is safe to call from any task. Time is an input:
/// every call takes `now` (pass `RequestContext.receivedAt`), so expiry is tested
/// without waiting. When the table is full, expired sessions are dropped first, then
/// the least recently used one; both in amortised constant time, so a full table
/// (the normal state of a busy server) costs no more per request than an empty one.
///
/// ```swift
/// let sessions = SessionTable<Conversation>(capacity: 10_000, idleTimeout: .seconds(1800))
/// let id = sessions.create(userID: "u-1001", value: Conversation(), now: context.receivedAt)
/// var conversation = try sessions.value(for: id, userID: "u-1001", now: context.receivedAt)
/// ```
///
/// Errors (`SessionError`): `Session "s-…" is unknown; …`, `… has expired …`,
/// `… belongs to another user; …`; `RPCError(error)` gives -32005 / -32004.
public final class SessionTable<Value: Sendable>: Sendable {
    struct Entry {
        var userID: String?
        var value: Value
        var lastUsed: ContinuousClock.Instant
        /// The number of this entry's latest use; its record in `State.recency` carries the same.
        var stamp: UInt64
    }

    /// One use of a session, in `State.recency`; out of date once the session is used again or removed.
    struct Use {
        var id: String
        var stamp: UInt64
    }

    struct State {
        var entries: [String: Entry] = [:]
        var random: any RandomNumberGenerator & Sendable
        /// Every use in order, oldest first (the front is the least recently used session, once
        /// out-of-date records are skipped); compacted when it outgrows `entries`.
        var recency = CircularBuffer<Use>()
        var nextStamp: UInt64 = 0
    }

    /// Most sessions held at once.
    public let capacity: Int
    /// How long a session may go unused before it expires.
    public let idleTimeout: Duration
    let state: NIOLockedValueBox<State>

    /// - Parameter random: where ids come from. The default, `SystemRandomNumberGenerator`,
    ///   makes them unguessable; tests pass a seeded generator for repeatable ids.
    public init(
        capacity: Int = 10_000, idleTimeout: Duration = .seconds(30 * 60),
        random: any RandomNumberGenerator & Sendable = SystemRandomNumberGenerator()
    ) {
        self.capacity = max(1, capacity)
        self.idleTimeout = idleTimeout
        self.state = NIOLockedValueBox(State(random: random))
    }

    /// How many sessions are held (expired ones included until the next `create` drops them).
    public var count: Int {
        state.withLockedValue { $0.entries.count }
    }

    /// Starts a session for `userID` (`nil`: no customer given) holding `value`; returns its new id, `s-` and 32 hex digits.
    public func create(userID: String?, value: Value, now: ContinuousClock.Instant) -> String {
        state.withLockedValue { state in
            makeRoom(in: &state, now: now)
            var id = Self.newID(using: &state.random)
            while state.entries[id] != nil { id = Self.newID(using: &state.random) }
            state.entries[id] = Entry(userID: userID, value: value, lastUsed: now, stamp: 0)
            if let index = state.entries.index(forKey: id) { recordUse(at: index, in: &state) }
            return id
        }
    }

    /// The value of session `id`, which must belong to `userID`; marks the session used at `now`.
    public func value(for id: String, userID: String?, now: ContinuousClock.Instant) throws(SessionError) -> Value {
        try state.withLockedValue { state in
            Result { () throws(SessionError) in
                let index = try touch(id, userID: userID, now: now, in: &state)
                return state.entries.values[index].value
            }
        }.get()
    }

    /// Replaces the value of session `id` (after a turn of conversation); marks it used at `now`.
    public func setValue(_ value: Value, for id: String, userID: String?, now: ContinuousClock.Instant) throws(SessionError) {
        try state.withLockedValue { state in
            Result { () throws(SessionError) in
                let index = try touch(id, userID: userID, now: now, in: &state)
                state.entries.values[index].value = value
            }
        }.get()
    }

    /// Ends session `id`; returns whether it existed.
    @discardableResult
    public func remove(_ id: String) -> Bool {
        state.withLockedValue { $0.entries.removeValue(forKey: id) != nil }
    }

    /// Drops every session idle for `idleTimeout` or longer at `now`; returns how many.
    @discardableResult
    public func removeExpired(now: ContinuousClock.Instant) -> Int {
        state.withLockedValue { state in
            let before = state.entries.count
            state.entries = state.entries.filter { !isExpired(lastUsed: $0.value.lastUsed, now: now) }
            return before - state.entries.count
        }
    }
}
