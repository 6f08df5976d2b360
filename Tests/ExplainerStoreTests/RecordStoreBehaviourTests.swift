import ExplainerCore
import ExplainerStore
import Foundation
import Testing

/// The behaviour both stores share, run against the in-memory twin and SQLite alike.
@Suite("RecordStore behaviour")
struct RecordStoreBehaviourTests {
    @Test("a good batch imports every record", arguments: StoreKind.allCases)
    func goodBatch(kind: StoreKind) throws {
        let dir = try TempDirectory()
        let store = try kind.make(in: dir)
        let summary = try store.importRecords([
            (source: "a.json", record: Fixture.record("u-2", name: "Li")),
            (source: "b.json", record: Fixture.record("u-1", name: "王芳")),
        ], at: Fixture.now)
        #expect(summary == ImportSummary(userIDs: ["u-2", "u-1"], inserted: 2, replaced: 0))
        #expect(try store.record(id: "u-1") == Fixture.record("u-1", name: "王芳"))
        #expect(try store.record(id: "u-2") == Fixture.record("u-2", name: "Li"))
        #expect(try store.list() == [
            RecordSummary(userID: "u-1", displayName: "王芳", importedAt: Fixture.now),
            RecordSummary(userID: "u-2", displayName: "Li", importedAt: Fixture.now),
        ])
        #expect(try store.userIDs() == ["u-1", "u-2"])
    }

    @Test("one bad record imports nothing and names the file and field", arguments: StoreKind.allCases)
    func badBatch(kind: StoreKind) throws {
        let dir = try TempDirectory()
        let store = try kind.make(in: dir)
        _ = try store.importRecords([(source: "old.json", record: Fixture.record("u-1", limit: 100))], at: Fixture.now)
        let error = storeError {
            try store.importRecords([
                (source: "good.json", record: Fixture.record("u-1", limit: 999)),
                (source: "good2.json", record: Fixture.record("u-2")),
                (source: "bad.json", record: Fixture.invalidRecord("u-3")),
            ], at: Fixture.later)
        }
        #expect(error?.kind == .invalidRecord)
        #expect(error?.description == #"bad.json: disbursements[0].failure: is required when status is "failed""#)
        #expect(error?.recordError?.path == "disbursements[0].failure")
        #expect(try store.userIDs() == ["u-1"])
        #expect(try store.record(id: "u-1") == Fixture.record("u-1", limit: 100))
    }

    @Test("the same id twice in one batch is refused", arguments: StoreKind.allCases)
    func duplicateInBatch(kind: StoreKind) throws {
        let dir = try TempDirectory()
        let store = try kind.make(in: dir)
        let error = storeError {
            try store.importRecords([
                (source: "a.json", record: Fixture.record("u-1")),
                (source: "b.json", record: Fixture.record("u-1")),
            ], at: Fixture.now)
        }
        #expect(error?.description == #"b.json: user_id: "u-1" is also in a.json (one batch may hold each customer once)"#)
        #expect(try store.userIDs() == [])
    }

    @Test("re-importing an id replaces the stored record", arguments: StoreKind.allCases)
    func reimportReplaces(kind: StoreKind) throws {
        let dir = try TempDirectory()
        let store = try kind.make(in: dir)
        _ = try store.importRecords([(source: "a.json", record: Fixture.record("u-1", name: "Li", limit: 100))],
                                    at: Fixture.now)
        let summary = try store.importRecords([
            (source: "a2.json", record: Fixture.record("u-1", name: "Li Na", limit: 500)),
            (source: "c.json", record: Fixture.record("u-9")),
        ], at: Fixture.later)
        #expect(summary == ImportSummary(userIDs: ["u-1", "u-9"], inserted: 1, replaced: 1))
        #expect(try store.record(id: "u-1") == Fixture.record("u-1", name: "Li Na", limit: 500))
        #expect(try store.list().first == RecordSummary(userID: "u-1", displayName: "Li Na", importedAt: Fixture.later))
    }

    @Test("an unknown user is nil", arguments: StoreKind.allCases)
    func unknownUser(kind: StoreKind) throws {
        let dir = try TempDirectory()
        let store = try kind.make(in: dir)
        _ = try store.importRecords([(source: "a.json", record: Fixture.record("u-1"))], at: Fixture.now)
        #expect(try store.record(id: "u-404") == nil)
        #expect(try store.record(id: "") == nil)
    }

    @Test("what is stored is the canonical form of what was accepted", arguments: StoreKind.allCases)
    func canonicalForm(kind: StoreKind) throws {
        let dir = try TempDirectory()
        let store = try kind.make(in: dir)
        var record = Fixture.record("u-1")
        // Sub-second times are not part of the record format; the stored record drops them.
        record.account.openedAt = ISODate(Fixture.date("2024-03-01T08:00:00.750+08:00"))
        _ = try store.importRecords([(source: "a.json", record: record)], at: Fixture.now)
        #expect(try store.record(id: "u-1")?.account.openedAt == ISODate(Fixture.date("2024-03-01T08:00:00+08:00")))
    }

    @Test("platform status is nil until set, and can be removed", arguments: StoreKind.allCases)
    func platformStatus(kind: StoreKind) throws {
        let dir = try TempDirectory()
        let store = try kind.make(in: dir)
        #expect(try store.platformStatus() == nil)
        let status = PlatformStatus(
            maintenance: [.init(from: Fixture.date("2026-11-20T01:00:00+08:00"),
                                until: Fixture.date("2026-11-20T03:00:00+08:00"), products: [.jiebei])],
            funding: .init(status: .exhausted, until: Fixture.date("2026-11-22")))
        try store.setPlatformStatus(status)
        #expect(try store.platformStatus() == status)
        try store.setPlatformStatus(nil)
        #expect(try store.platformStatus() == nil)
    }
}
