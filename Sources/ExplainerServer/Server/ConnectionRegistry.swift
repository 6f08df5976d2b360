import NIOConcurrencyHelpers
import NIOCore

/// The server's live connections: admission against the connection limit, which are busy,
/// and draining them on shutdown (idle ones closed at once, busy ones after their request).
final class ConnectionRegistry: Sendable {
    /// Whether a new connection may be served.
    enum Admission: Sendable {
        case admitted(id: UInt64)
        case refused(RPCError)
    }

    struct Entry {
        let channel: any Channel
        var busy = false
    }

    struct State {
        var entries: [UInt64: Entry] = [:]
        var nextID: UInt64 = 0
        var draining = false
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        var cancelledWaiters: Set<UInt64> = []
        var nextWaiterID: UInt64 = 0
    }

    let maxConnections: Int
    let state = NIOLockedValueBox(State())

    init(maxConnections: Int) {
        self.maxConnections = maxConnections
    }

    var count: Int { state.withLockedValue { $0.entries.count } }

    /// Registers `channel` if the server has room and is not shutting down; it is removed when it closes.
    func admit(_ channel: any Channel) -> Admission {
        let admission = state.withLockedValue { state -> Admission in
            if state.draining { return .refused(.shuttingDown) }
            guard state.entries.count < maxConnections else { return .refused(.tooManyConnections(limit: maxConnections)) }
            state.nextID += 1
            state.entries[state.nextID] = Entry(channel: channel)
            return .admitted(id: state.nextID)
        }
        if case .admitted(let id) = admission {
            channel.closeFuture.whenComplete { _ in self.remove(id) }
        }
        return admission
    }

    /// Marks connection `id` busy; `false` when the server is draining and the request must not start.
    func beginRequest(_ id: UInt64) -> Bool {
        state.withLockedValue { state in
            guard !state.draining else { return false }
            state.entries[id]?.busy = true
            return true
        }
    }

    /// Marks connection `id` idle again; `false` when the server is draining and the connection should end.
    func endRequest(_ id: UInt64) -> Bool {
        state.withLockedValue { state in
            state.entries[id]?.busy = false
            return !state.draining
        }
    }

    /// Stops admitting, and stops reading on every connection with no request in progress:
    /// lines already read are answered `-32006`, then the connection ends.
    func drain() {
        let idle = state.withLockedValue { state in
            state.draining = true
            return state.entries.values.filter { !$0.busy }.map(\.channel)
        }
        for channel in idle { channel.close(mode: .input, promise: nil) }
    }

    /// Closes every connection, busy or not (the grace period ran out).
    func closeAll() {
        let all = state.withLockedValue { $0.entries.values.map(\.channel) }
        for channel in all { channel.close(promise: nil) }
    }

    private func remove(_ id: UInt64) {
        let waiters = state.withLockedValue { state -> [CheckedContinuation<Void, Never>] in
            state.entries[id] = nil
            guard state.entries.isEmpty else { return [] }
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }
}
