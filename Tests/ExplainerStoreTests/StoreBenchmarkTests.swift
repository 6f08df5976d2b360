import ExplainerStore
import Foundation
import Testing

@Suite("StoreBenchmark")
struct StoreBenchmarkTests {
    @Test("runs each operation the asked number of times and reports both (no timing asserted)")
    func smallRun() throws {
        let dir = try TempDirectory()
        let report = try StoreBenchmark.run(directory: dir.url, customers: 20, lookups: 30, appends: 5, now: Fixture.now)
        #expect(report.customers == 20)
        #expect(report.recordLookup.count == 30)
        #expect(report.auditAppend.count == 5)
        #expect(report.recordLookup.p50 <= report.recordLookup.p99)
        let lines = report.description.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("store record(id:)  n=30  p50 ") == true)
        let store = try SQLiteRecordStore.open(path: dir.path("bench.sqlite"), now: Fixture.now)
        #expect(try store.audit(userID: nil, since: nil, limit: nil).count == 5)
    }
}
