import ExplainerStore
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// Appends audit entries with group commit: entries that arrive while a commit waits for
/// the disk are written together in the next transaction (one fsync for all of them).
///
/// Use it wherever many concurrent requests each must be audited before they are answered:
/// ``append(_:)`` returns only once its entry is committed, exactly like
/// ``AuditLog/appendAudit(_:)``, but concurrent callers share commits instead of queueing
/// for one fsync each. One writer runs at a time, on a blocking-I/O thread (never on the
/// cooperative threads answering connections): it takes every entry waiting, commits them
/// with ``AuditLog/appendAudit(contentsOf:)``, resumes their callers, and repeats until none
/// is left. Entries appended on an event loop are first staged for the rest of that loop's
/// turn, so one turn's requests reach the writer (and are answered) together. A batch that
/// fails fails each of its callers with the store's error (e.g.
/// `/x/db.sqlite: is locked by another process (waited 10 s)`); the next batch is tried afresh.
final class AuditWriter: Sendable {
    private enum Waiter {
        case call(AuditEntry, @Sendable (Result<Void, StoreError>) -> Void)
        case promise(AuditEntry, EventLoopPromise<Void>)

        var entry: AuditEntry {
            switch self {
            case .call(let entry, _), .promise(let entry, _): entry
            }
        }
    }

    private struct State {
        /// Entries appended on an event loop during its current turn, by loop: handed to the
        /// writer together once the loop has answered everything that turn's reads brought.
        var staged: [ObjectIdentifier: [Waiter]] = [:]
        var waiting: [Waiter] = []
        var writing = false
    }

    private let log: any AuditLog
    private let pool: NIOThreadPool
    private let state = NIOLockedValueBox(State())

    /// - Parameters:
    ///   - log: where entries are committed.
    ///   - pool: the blocking-I/O threads the writer runs on.
    init(log: any AuditLog, pool: NIOThreadPool = .singleton) {
        self.log = log
        self.pool = pool
    }

    /// Entries waiting for the next commit (not counting a commit in progress, nor entries
    /// still staged on an event loop).
    var waitingCount: Int { state.withLockedValue { $0.waiting.count } }

    /// Appends `entry`, returning once it is committed (together with any entries that
    /// arrived meanwhile). Throws the ``StoreError`` that failed its batch.
    func append(_ entry: AuditEntry) async throws(StoreError) {
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<Void, StoreError>, Never>) in
            append(entry) { continuation.resume(returning: $0) }
        }
        try result.get()
    }

    /// Appends `entry`; the future succeeds on `eventLoop` once it is committed, or fails
    /// with the ``StoreError`` that failed its batch.
    ///
    /// Entries appended on one event loop during one turn (every request its reads brought)
    /// go to the writer together at the end of that turn, and their futures are completed
    /// with one task on the loop: a busy server wakes the writer and is woken back once per
    /// turn, not once per request, and commits (and syncs) whole turns at a time.
    func append(_ entry: AuditEntry, on eventLoop: any EventLoop) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        let key = ObjectIdentifier(eventLoop)
        let firstOfTurn = state.withLockedValue { state in
            state.staged[key, default: []].append(.promise(entry, promise))
            return state.staged[key]?.count == 1
        }
        if firstOfTurn { eventLoop.execute { self.handOver(key) } }
        return promise.futureResult
    }

    /// Queues `entry`; `committed` is called on the writer's thread once its batch is committed or failed.
    func append(_ entry: AuditEntry, committed: @escaping @Sendable (Result<Void, StoreError>) -> Void) {
        let startsWriter = state.withLockedValue { state in
            state.waiting.append(.call(entry, committed))
            return Self.claimWriter(&state)
        }
        if startsWriter { pool.submit { self.drain($0) } }
    }

    /// Moves what the loop `key` staged this turn to the writer's queue.
    private func handOver(_ key: ObjectIdentifier) {
        let startsWriter = state.withLockedValue { state in
            state.waiting += state.staged.removeValue(forKey: key) ?? []
            return Self.claimWriter(&state)
        }
        if startsWriter { pool.submit { self.drain($0) } }
    }

    /// True when the caller must start the writer (entries wait and none runs).
    private static func claimWriter(_ state: inout State) -> Bool {
        guard !state.writing, !state.waiting.isEmpty else { return false }
        state.writing = true
        return true
    }

    /// Commits batches until nothing waits; runs on one pool thread at a time.
    private func drain(_ work: NIOThreadPool.WorkItemState) {
        while true {
            let batch = state.withLockedValue { state in
                let batch = state.waiting
                state.waiting = []
                if batch.isEmpty { state.writing = false }
                return batch
            }
            guard !batch.isEmpty else { return }
            let result = commit(batch.map(\.entry), work: work)
            Self.complete(batch, with: result)
        }
    }

    /// Tells a batch's callers how its commit went: callbacks directly, futures with one task per event loop.
    private static func complete(_ batch: [Waiter], with result: Result<Void, StoreError>) {
        var promises: [ObjectIdentifier: [EventLoopPromise<Void>]] = [:]
        for waiter in batch {
            switch waiter {
            case .call(_, let committed): committed(result)
            case .promise(_, let promise): promises[ObjectIdentifier(promise.futureResult.eventLoop), default: []].append(promise)
            }
        }
        let outcome = result.mapError { $0 as any Error }
        for group in promises.values {
            group[0].futureResult.eventLoop.execute {
                for promise in group { promise.completeWith(outcome) }
            }
        }
    }

    private func commit(_ entries: [AuditEntry], work: NIOThreadPool.WorkItemState) -> Result<Void, StoreError> {
        guard case .active = work else {
            return .failure(StoreError(kind: .storage, description: "the server is stopping (its I/O threads have shut down)"))
        }
        do {
            try log.appendAudit(contentsOf: entries)
            return .success(())
        } catch {
            return .failure(error)
        }
    }
}
