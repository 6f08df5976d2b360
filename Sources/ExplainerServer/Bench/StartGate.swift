import Synchronization

/// Holds the connections of an open-loop run until all of them are connected, then lets
/// them go together with one start instant, so no request's schedule includes connect time.
///
/// If a waiting task is cancelled (another connection failed, or the run timed out),
/// every waiter, present and future, gets `CancellationError`.
final class StartGate: Sendable {
    private typealias Waiter = CheckedContinuation<ContinuousClock.Instant, any Error>

    private struct State {
        var arrived = 0
        var waiting: [Waiter] = []
        var outcome: Result<ContinuousClock.Instant, CancellationError>?
    }

    private let expected: Int
    private let state = Mutex(State())

    /// A gate that opens when `expected` tasks have arrived.
    init(expected: Int) {
        self.expected = expected
    }

    /// Waits until every expected task has arrived, and returns the instant the last one did.
    func arrive() async throws -> ContinuousClock.Instant {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (waiter: Waiter) in
                add(waiter)
            }
        } onCancel: {
            cancel()
        }
    }

    private func add(_ waiter: Waiter) {
        let (release, outcome): ([Waiter], Result<ContinuousClock.Instant, CancellationError>?) = state.withLock { state in
            if let outcome = state.outcome { return ([waiter], outcome) }
            state.arrived += 1
            state.waiting.append(waiter)
            guard state.arrived == expected else { return ([], nil) }
            let opened = Result<ContinuousClock.Instant, CancellationError>.success(.now)
            state.outcome = opened
            defer { state.waiting = [] }
            return (state.waiting, opened)
        }
        if let outcome { for waiter in release { waiter.resume(with: outcome) } }
    }

    private func cancel() {
        let release: [Waiter] = state.withLock { state in
            guard state.outcome == nil else { return [] }
            state.outcome = .failure(CancellationError())
            defer { state.waiting = [] }
            return state.waiting
        }
        for waiter in release { waiter.resume(throwing: CancellationError()) }
    }
}
