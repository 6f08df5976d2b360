import ExplainerCore
@testable import ExplainerStore
import Foundation
import Testing

/// The decoded-record cache behind `SQLiteRecordStore.record(id:)`: never stale, bounded, least recently used out first.
@Suite("DecodedRecordCache")
struct DecodedRecordCacheTests {
    @Test("a record re-imported through another connection is read fresh, not from the cache")
    func seesAnotherConnectionsImport() throws {
        let dir = try TempDirectory()
        let path = dir.path("store.sqlite")
        let server = try SQLiteRecordStore.open(path: path, now: Fixture.now)
        _ = try server.importRecords([(source: "a.json", record: Fixture.record("u-1", name: "Old", limit: 20000))], at: Fixture.now)
        #expect(try server.record(id: "u-1")?.displayName == "Old")
        #expect(try server.record(id: "u-1")?.displayName == "Old")
        #expect(server.decoded.count == 1)

        // A second connection, as `explainer records import` in another process would be.
        let importer = try SQLiteRecordStore.open(path: path, now: Fixture.later)
        _ = try importer.importRecords([(source: "b.json", record: Fixture.record("u-1", name: "New", limit: 30000))], at: Fixture.later)
        let fresh = try #require(try server.record(id: "u-1"))
        #expect(fresh.displayName == "New")
        #expect(fresh.products.jiebei.limit == Money(yuan: 30000))
        #expect(server.decoded.count == 1)
    }

    @Test("a hit needs the same JSON; the least recently used record goes first")
    func leastRecentlyUsedOut() {
        let cache = DecodedRecordCache(capacity: 2)
        cache.insert(Fixture.record("a"), json: "{a}", id: "a")
        cache.insert(Fixture.record("b"), json: "{b}", id: "b")
        #expect(cache.record(id: "a", json: "{a}")?.userID == "a")
        #expect(cache.record(id: "a", json: "{a changed}") == nil)
        cache.insert(Fixture.record("c"), json: "{c}", id: "c")  // drops b: a was used more recently
        #expect(cache.count == 2)
        #expect(cache.record(id: "b", json: "{b}") == nil)
        #expect(cache.record(id: "a", json: "{a}")?.userID == "a")
        #expect(cache.record(id: "c", json: "{c}")?.userID == "c")
        cache.insert(Fixture.record("a", name: "A2"), json: "{a2}", id: "a")  // replaces in place
        #expect(cache.count == 2)
        #expect(cache.record(id: "a", json: "{a2}")?.displayName == "A2")
        cache.insert(Fixture.record("d"), json: "{d}", id: "d")  // drops c
        #expect(cache.record(id: "c", json: "{c}") == nil)
        #expect(cache.record(id: "a", json: "{a2}") != nil && cache.record(id: "d", json: "{d}") != nil)
    }

    @Test("many records through a small cache stay consistent")
    func churn() {
        let cache = DecodedRecordCache(capacity: 7)
        var recent: [String] = []
        for i in 0..<200 {
            let id = "u-\(i * 31 % 13)"
            if cache.record(id: id, json: id) == nil { cache.insert(Fixture.record(id), json: id, id: id) }
            recent.removeAll { $0 == id }
            recent.append(id)
            #expect(cache.count == min(7, Set(recent).count))
        }
        for id in recent.suffix(7) { #expect(cache.record(id: id, json: id)?.userID == id) }
    }
}

/// The cache's calls with the JSON as a string, as these tests write it (the store passes the row's bytes).
extension DecodedRecordCache {
    fileprivate func record(id: String, json: String) -> CustomerRecord? {
        var json = json
        return json.withUTF8 { record(id: id, json: UnsafeRawBufferPointer($0)) }
    }

    fileprivate func insert(_ record: CustomerRecord, json: String, id: String) {
        insert(record, json: Array(json.utf8), id: id)
    }
}
