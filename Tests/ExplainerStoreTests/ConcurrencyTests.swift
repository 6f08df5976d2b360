import ExplainerCore
import ExplainerStore
import Foundation
import Testing

@Suite("Concurrent use")
struct ConcurrencyTests {
    private static func batch(_ prefix: String, _ count: Int) -> [(source: String, record: CustomerRecord)] {
        (0..<count).map { (source: "\(prefix).json", record: Fixture.record("\(prefix)-\($0)")) }
    }

    @Test("two tasks importing at once into one store both land", arguments: StoreKind.allCases)
    func sharedStore(kind: StoreKind) async throws {
        let dir = try TempDirectory()
        let store = try kind.make(in: dir)
        try await withThrowingTaskGroup(of: ImportSummary.self) { group in
            for prefix in ["a", "b"] {
                group.addTask {
                    var last = ImportSummary(userIDs: [], inserted: 0, replaced: 0)
                    for round in 0..<10 {
                        last = try store.importRecords(Self.batch(prefix, 20), at: Fixture.now.addingTimeInterval(Double(round)))
                        try store.appendAudit(Fixture.entry("\(prefix)-0", at: "2026-11-20T10:00:00+08:00"))
                    }
                    return last
                }
            }
            for try await summary in group { #expect(summary.replaced == 20) }
        }
        #expect(try store.userIDs().count == 40)
        #expect(try store.audit(userID: nil, since: nil, limit: nil).count == 20)
    }

    @Test("two connections (as two processes would) importing at once into one new file")
    func twoConnections() async throws {
        let dir = try TempDirectory()
        let path = dir.path("shared.sqlite")
        let seed = [(source: "seed.json", record: Fixture.record("demo"))]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for prefix in ["a", "b"] {
                group.addTask {
                    let store = try SQLiteRecordStore.open(path: path, now: Fixture.now) { seed }
                    for round in 0..<10 {
                        _ = try store.importRecords(Self.batch(prefix, 20), at: Fixture.now.addingTimeInterval(Double(round)))
                    }
                }
            }
            try await group.waitForAll()
        }
        let store = try SQLiteRecordStore.open(path: path, now: Fixture.now)
        #expect(try store.userIDs().count == 41)
        #expect(try store.record(id: "b-19") == Fixture.record("b-19"))
    }
}
