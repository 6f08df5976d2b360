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
/// is left. A batch that fails fails each of its callers with the store's error (e.g.
/// `/x/db.sqlite: is locked by another process (waited 10 s)`); the next batch is tried afresh.
final class AuditWriter: Sendable {
    private struct Waiter {
        let entry: AuditEntry
        let committed: @Sendable (Result<Void, StoreError>) -> Void
    }

    private struct State {
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

    /// Entries waiting for the next commit (not counting a commit in progress).
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
    func append(_ entry: AuditEntry, on eventLoop: any EventLoop) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        append(entry) { promise.completeWith($0.mapError { $0 as any Error }) }
        return promise.futureResult
    }

    /// Queues `entry`; `committed` is called on the writer's thread once its batch is committed or failed.
    func append(_ entry: AuditEntry, committed: @escaping @Sendable (Result<Void, StoreError>) -> Void) {
        let startsWriter = state.withLockedValue { state in
            state.waiting.append(Waiter(entry: entry, committed: committed))
            guard !state.writing else { return false }
            state.writing = true
            return true
        }
        if startsWriter { pool.submit { self.drain($0) } }
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
            for waiter in batch { waiter.committed(result) }
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
