import Dispatch
import ExplainerCore
@testable import ExplainerStore
import Foundation
import GRDB
import Testing

/// `SQLiteRecordStore.record(id:)` runs on connections of its own (not GRDB's pool): many
/// threads at once each get the record they asked for, and a failing query is a store error
/// naming the file, never a crash.
@Suite("Record lookup")
struct RecordLookupTests {
    @Test("threads looking records up at once each get their own customer")
    func concurrentLookups() throws {
        let dir = try TempDirectory()
        let store = try SQLiteRecordStore.open(path: dir.path("store.sqlite"), now: Fixture.now)
        let ids = (0..<20).map { "u-\($0)" }
        _ = try store.importRecords(ids.map { (source: "\($0).json", record: Fixture.record($0, name: "Name \($0)")) }, at: Fixture.now)
        let wrong = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for i in 0..<300 {
                let id = ids[(worker * 7 + i) % ids.count]
                let found = try? store.record(id: id)
                if found?.displayName != "Name \(id)" { wrong.add() }
                if (try? store.record(id: "nobody-\(i)")) != .some(nil) { wrong.add() }
            }
        }
        #expect(wrong.value == 0)
    }

    @Test("a lookup that SQLite refuses is a store error naming the file")
    func failingQueryIsAStoreError() throws {
        let dir = try TempDirectory()
        let path = dir.path("store.sqlite")
        let store = try SQLiteRecordStore.open(path: path, now: Fixture.now)
        _ = try store.importRecords([(source: "a.json", record: Fixture.record("u-1"))], at: Fixture.now)
        #expect(try store.record(id: "u-1") != nil)

        // Someone damages the schema behind the server's back.
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "DROP TABLE customer_record") }
        do {
            _ = try store.record(id: "u-1")
            Issue.record("a lookup without the table succeeded")
        } catch {
            #expect(error.description == "\(path): no such table: customer_record")
        }
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
