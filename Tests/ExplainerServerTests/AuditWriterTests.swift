import Dispatch
import ExplainerCore
@testable import ExplainerServer
import ExplainerStore
import Foundation
import NIOConcurrencyHelpers
import NIOPosix
import Testing

/// Group commit of audit entries: nothing returns before its entry is committed, entries
/// that wait together are committed together, and a failed batch fails only its own callers.
@Suite struct AuditWriterTests {
    @Test func noAppendReturnsBeforeItsEntryIsCommittedAndWaitingEntriesShareOneCommit() async throws {
        try await withPool { pool in
            let log = GatedLog()
            let writer = AuditWriter(log: log, pool: pool)
            let first = Task { try await writer.append(entry(0)); log.record("return 0") }
            try await waitUntil { log.entered == 1 }
            var rest: [Task<Void, any Error>] = []
            for i in 1...19 {
                rest.append(Task { try await writer.append(entry(i)); log.record("return \(i)") })
            }
            try await waitUntil { writer.waitingCount == 19 }
            #expect(!log.events.contains { $0.hasPrefix("return") }, "an append returned while its commit was held")
            log.open()
            try await first.value
            for task in rest { try await task.value }

            #expect(log.batchSizes == [1, 19])
            let events = log.events
            for i in 0..<20 {
                let committed = events.firstIndex(of: "commit \(i)"), returned = events.firstIndex(of: "return \(i)")
                #expect(committed != nil && returned != nil && committed! < returned!, "entry \(i): \(events)")
            }
        }
    }

    @Test func aFailedBatchFailsEachOfItsCallersAndTheNextBatchIsWritten() async throws {
        try await withPool { pool in
            let log = GatedLog(failingBatch: 2)
            let writer = AuditWriter(log: log, pool: pool)
            let first = Task { try await writer.append(entry(0)) }
            try await waitUntil { log.entered == 1 }
            var failing: [Task<Result<Void, StoreError>, Never>] = []
            for i in 1...5 {
                failing.append(Task { () async -> Result<Void, StoreError> in
                    do throws(StoreError) { try await writer.append(entry(i)); return .success(()) } catch { return .failure(error) }
                })
            }
            try await waitUntil { writer.waitingCount == 5 }
            log.open()
            try await first.value
            for task in failing {
                guard case .failure(let error) = await task.value else { Issue.record("a failed batch's caller succeeded"); continue }
                #expect(error.description == "/test/audit.sqlite: is locked by another process (waited 10 s)")
            }
            try await writer.append(entry(6))
            #expect(log.committed.map(\.question) == ["q0", "q6"])
            #expect(log.batchSizes == [1, 5, 1])
        }
    }

    @Test func appendsMadeDuringOneEventLoopTurnShareOneCommit() async throws {
        try await withPool { pool in
            let log = GatedLog()
            log.open()
            let writer = AuditWriter(log: log, pool: pool)
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            let loop = group.next()
            let futures = try await loop.submit { (0..<12).map { writer.append(entry($0), on: loop) } }.get()
            for future in futures { try await future.get() }
            #expect(log.batchSizes == [12], "one turn's entries were committed in \(log.batchSizes)")
            #expect(log.committed.map(\.question) == (0..<12).map { "q\($0)" })
            let next = try await loop.submit { writer.append(entry(12), on: loop) }.get()
            try await next.get()
            #expect(log.batchSizes == [12, 1])
            try await group.shutdownGracefully()
        }
    }

    @Test func aFailedCommitFailsTheFuturesOfThatTurn() async throws {
        try await withPool { pool in
            let log = GatedLog(failingBatch: 1)
            log.open()
            let writer = AuditWriter(log: log, pool: pool)
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            let loop = group.next()
            let futures = try await loop.submit { (0..<3).map { writer.append(entry($0), on: loop) } }.get()
            for future in futures {
                await #expect(throws: StoreError.self) { try await future.get() }
            }
            try await loop.submit { writer.append(entry(3), on: loop) }.get().get()
            #expect(log.committed.map(\.question) == ["q3"])
            try await group.shutdownGracefully()
        }
    }

    @Test func manyConcurrentAppendsAreAllInTheRealLog() async throws {
        let directory = try TempDirectory()
        let store = try SQLiteRecordStore.open(path: directory.path + "/audit.sqlite", now: Date(timeIntervalSince1970: 0))
        let writer = AuditWriter(log: store)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<200 { group.addTask { try await writer.append(entry(i)) } }
            try await group.waitForAll()
        }
        let questions = try store.audit(userID: nil, since: nil, limit: nil).compactMap(\.question)
        #expect(Set(questions) == Set((0..<200).map { "q\($0)" }))
        #expect(questions.count == 200)
        #expect(writer.waitingCount == 0)
    }

    private func withPool(_ body: (NIOThreadPool) async throws -> Void) async throws {
        let pool = NIOThreadPool(numberOfThreads: 2)
        pool.start()
        do { try await body(pool) } catch {
            try? await pool.shutdownGracefully()
            throw error
        }
        try await pool.shutdownGracefully()
    }
}

private func entry(_ i: Int) -> AuditEntry {
    AuditEntry(time: Date(timeIntervalSince1970: 1_790_000_000), recordedAt: Date(timeIntervalSince1970: 1_790_000_000),
               channel: .ask, userID: "u-\(i)", sessionID: "s-\(i)", question: "q\(i)", intent: "borrow_unavailable",
               reasons: [], modelVersion: "v1", knowledgeDigest: "d")
}

/// An audit log whose first commit waits until `open()` (at most 10 s), which records every
/// commit in an event list shared with the test, and which fails its `failingBatch`th batch.
private final class GatedLog: AuditLog {
    private struct State {
        var entered = 0
        var events: [String] = []
        var committed: [AuditEntry] = []
        var batchSizes: [Int] = []
    }

    private let state = NIOLockedValueBox(State())
    private let gate = DispatchSemaphore(value: 0)
    private let failingBatch: Int?

    init(failingBatch: Int? = nil) { self.failingBatch = failingBatch }

    var entered: Int { state.withLockedValue { $0.entered } }
    var events: [String] { state.withLockedValue { $0.events } }
    var committed: [AuditEntry] { state.withLockedValue { $0.committed } }
    var batchSizes: [Int] { state.withLockedValue { $0.batchSizes } }

    func record(_ event: String) { state.withLockedValue { $0.events.append(event) } }
    func open() { gate.signal() }

    func appendAudit(_ entry: AuditEntry) throws(StoreError) { try appendAudit(contentsOf: [entry]) }

    func appendAudit(contentsOf entries: [AuditEntry]) throws(StoreError) {
        let isFirst = state.withLockedValue { state in
            state.entered += 1
            return state.entered == 1
        }
        if isFirst { _ = gate.wait(timeout: .now() + 10) }
        let failingBatch = self.failingBatch
        let fails = state.withLockedValue { state in
            state.batchSizes.append(entries.count)
            guard state.batchSizes.count != failingBatch else { return true }
            state.committed += entries
            state.events += entries.compactMap(\.question).map { "commit \($0.dropFirst())" }
            return false
        }
        if fails { throw StoreError(kind: .busy, description: "/test/audit.sqlite: is locked by another process (waited 10 s)") }
    }

    func audit(userID: String?, since: Date?, limit: Int?) throws(StoreError) -> [AuditEntry] { committed }
}
