import ExplainerCore
import GRDB
import Testing
@testable import ExplainerStore

/// `PRAGMA synchronous` on both writers (the pool's and the audit appender's) follows `auditSync`: FULL (2) by default, NORMAL (1) on request.
@Suite struct AuditSyncTests {
    @Test(arguments: [(AuditSync?.none, 2), (.full, 2), (.normal, 1)])
    func theWriterSyncsAsAsked(mode: AuditSync?, pragma: Int) throws {
        let dir = try TempDirectory()
        let path = dir.path("audit.sqlite")
        let store = if let mode { try SQLiteRecordStore.open(path: path, now: Fixture.now, auditSync: mode) }
                    else { try SQLiteRecordStore.open(path: path, now: Fixture.now) }
        let synchronous = try store.pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(synchronous == pragma)
        #expect(try store.appender.synchronous() == Int32(pragma))  // the connection audit entries are appended on
        let entry = AuditEntry(time: Fixture.now, recordedAt: Fixture.now, channel: .ask, userID: "u-1", sessionID: "s-1",
                               question: "为什么借不了", intent: "borrow_unavailable", reasons: [], modelVersion: "v1",
                               knowledgeDigest: "0")
        try store.appendAudit(entry)
        #expect(try store.audit(userID: nil, since: nil, limit: nil) == [entry.normalized()])
    }
}
