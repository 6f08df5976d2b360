import ExplainerCore
import ExplainerStore
import Foundation
import GRDB
import Testing

@Suite("AuditLog")
struct AuditLogTests {
    private func filled(_ kind: StoreKind, in dir: TempDirectory) throws -> any RecordStore & AuditLog {
        let log = try kind.make(in: dir)
        try log.appendAudit(Fixture.entry("u-1", at: "2026-11-20T10:00:00+08:00"))
        try log.appendAudit(Fixture.entry("u-2", at: "2026-11-20T11:00:00+08:00", question: nil, reasons: []))
        try log.appendAudit(Fixture.entry("u-1", at: "2026-11-21T09:00:00+08:00", question: "还要等多久？"))
        try log.appendAudit(Fixture.entry("u-1", at: "2026-11-19T09:00:00+08:00", reasons: [.SYSTEM_MAINTENANCE]))
        return log
    }

    @Test("entries come back in time order with every field", arguments: StoreKind.allCases)
    func readAll(kind: StoreKind) throws {
        let dir = try TempDirectory()
        let log = try filled(kind, in: dir)
        let all = try log.audit(userID: nil, since: nil, limit: nil)
        #expect(all.map(\.time) == ["2026-11-19T09:00:00+08:00", "2026-11-20T10:00:00+08:00",
                                    "2026-11-20T11:00:00+08:00", "2026-11-21T09:00:00+08:00"].map(Fixture.date))
        #expect(all[1] == Fixture.entry("u-1", at: "2026-11-20T10:00:00+08:00"))
        #expect(all[2] == Fixture.entry("u-2", at: "2026-11-20T11:00:00+08:00", question: nil, reasons: []))
        #expect(all[0].reasons == [.SYSTEM_MAINTENANCE])
    }

    @Test("user, since and limit filter", arguments: StoreKind.allCases)
    func filters(kind: StoreKind) throws {
        let dir = try TempDirectory()
        let log = try filled(kind, in: dir)
        let mine = try log.audit(userID: "u-1", since: nil, limit: nil)
        #expect(mine.map(\.question) == ["为什么借不了？", "为什么借不了？", "还要等多久？"])
        let recent = try log.audit(userID: "u-1", since: Fixture.date("2026-11-20T10:00:00+08:00"), limit: nil)
        #expect(recent.map(\.time) == ["2026-11-20T10:00:00+08:00", "2026-11-21T09:00:00+08:00"].map(Fixture.date))
        let everyoneSince = try log.audit(userID: nil, since: Fixture.date("2026-11-20T10:30:00+08:00"), limit: nil)
        #expect(everyoneSince.map(\.userID) == ["u-2", "u-1"])
        let newestTwo = try log.audit(userID: nil, since: nil, limit: 2)
        #expect(newestTwo.map(\.userID) == ["u-2", "u-1"])
        #expect(try log.audit(userID: "u-404", since: nil, limit: nil).isEmpty)
        #expect(try log.audit(userID: nil, since: nil, limit: 0).isEmpty)
    }

    @Test("equal times keep append order", arguments: StoreKind.allCases)
    func equalTimes(kind: StoreKind) throws {
        let dir = try TempDirectory()
        let log = try kind.make(in: dir)
        for question in ["one", "two", "three"] {
            try log.appendAudit(Fixture.entry("u-1", at: "2026-11-20T10:00:00+08:00", question: question))
        }
        #expect(try log.audit(userID: nil, since: nil, limit: nil).map(\.question) == ["one", "two", "three"])
        #expect(try log.audit(userID: nil, since: nil, limit: 2).map(\.question) == ["two", "three"])
    }

    @Test("a batch is appended whole, in order; an empty batch is nothing", arguments: StoreKind.allCases)
    func batch(kind: StoreKind) throws {
        let dir = try TempDirectory()
        let log = try kind.make(in: dir)
        try log.appendAudit(contentsOf: [])
        #expect(try log.audit(userID: nil, since: nil, limit: nil).isEmpty)
        try log.appendAudit(Fixture.entry("u-1", at: "2026-11-20T10:00:00+08:00", question: "zero"))
        let batch = ["one", "two", "three"].map { Fixture.entry("u-2", at: "2026-11-20T10:00:00+08:00", question: $0) }
        try log.appendAudit(contentsOf: batch)
        #expect(try log.audit(userID: nil, since: nil, limit: nil).map(\.question) == ["zero", "one", "two", "three"])
        #expect(try log.audit(userID: "u-2", since: nil, limit: nil) == batch)
    }

    @Test("times are kept to the millisecond", arguments: StoreKind.allCases)
    func milliseconds(kind: StoreKind) throws {
        let dir = try TempDirectory()
        let log = try kind.make(in: dir)
        var entry = Fixture.entry("u-1", at: "2026-11-20T10:00:00+08:00")
        entry.time = entry.time.addingTimeInterval(0.123_456)
        try log.appendAudit(entry)
        let stored = try log.audit(userID: nil, since: nil, limit: nil)
        #expect(stored == [entry.normalized()])
        #expect(stored.first?.time == Fixture.date("2026-11-20T10:00:00.123+08:00"))
    }

    @Test("a batch that fails part-way leaves nothing behind, and the next batch is appended")
    func failedBatch() throws {
        let dir = try TempDirectory()
        let path = dir.path("audit.sqlite")
        let log = try SQLiteRecordStore.open(path: path, now: Fixture.now)
        try log.appendAudit(Fixture.entry("u-1", at: "2026-11-20T10:00:00+08:00", question: "before"))
        // Another connection (as another process could) makes the third entry of the next batch fail.
        let other = try DatabaseQueue(path: path)
        try other.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON audit_entry WHEN NEW.question = 'boom'
                BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END
                """)
        }
        let batch = ["one", "two", "boom", "four"].map { Fixture.entry("u-2", at: "2026-11-20T10:00:00+08:00", question: $0) }
        #expect(throws: StoreError(kind: .storage, description: "\(path): refused by a trigger")) {
            try log.appendAudit(contentsOf: batch)
        }
        #expect(try log.audit(userID: nil, since: nil, limit: nil).map(\.question) == ["before"])
        try log.appendAudit(contentsOf: Array(batch.prefix(2)))
        #expect(try log.audit(userID: nil, since: nil, limit: nil).map(\.question) == ["before", "one", "two"])
    }

    @Test("entries survive closing and re-opening the database")
    func surviveReopen() throws {
        let dir = try TempDirectory()
        let path = dir.path("audit.sqlite")
        do {
            let log = try SQLiteRecordStore.open(path: path, now: Fixture.now)
            try log.appendAudit(Fixture.entry("u-1", at: "2026-11-20T10:00:00+08:00"))
        }
        let reopened = try SQLiteRecordStore.open(path: path, now: Fixture.later)
        #expect(try reopened.audit(userID: "u-1", since: nil, limit: nil) == [Fixture.entry("u-1", at: "2026-11-20T10:00:00+08:00")])
    }
}
