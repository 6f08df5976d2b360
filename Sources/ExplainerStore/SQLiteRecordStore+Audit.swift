import ExplainerCore
import Foundation
import GRDB

extension SQLiteRecordStore {
    public func appendAudit(_ entry: AuditEntry) throws(StoreError) {
        try appendAudit(contentsOf: [entry])
    }

    /// Commits `entries` in one transaction on the store's own append connection (``AuditAppender``).
    public func appendAudit(contentsOf entries: [AuditEntry]) throws(StoreError) {
        guard !entries.isEmpty else { return }
        try appender.append(entries)
    }

    public func audit(userID: String?, since: Date?, limit: Int?) throws(StoreError) -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let userID { conditions.append("user_id = ?"); arguments += [userID] }
        if let since { conditions.append("time >= ?"); arguments += [Milliseconds.of(since)] }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // The newest `limit` rows, then back into time order.
        let sql = "SELECT * FROM audit_entry \(filter) ORDER BY time DESC, id DESC LIMIT ?"
        arguments += [limit.map { max(0, $0) } ?? -1]
        let rows = try read { db in try Row.fetchAll(db, sql: sql, arguments: arguments) }
        var entries: [AuditEntry] = []
        entries.reserveCapacity(rows.count)
        for row in rows.reversed() { entries.append(try entry(from: row)) }
        return entries
    }

    private func entry(from row: Row) throws(StoreError) -> AuditEntry {
        let id: Int64 = row["id"]
        let channelText: String = row["channel"]
        guard let channel = AuditChannel(rawValue: channelText) else {
            throw corruptAudit(id, "unknown channel \"\(channelText)\"")
        }
        let reasonsText: String = row["reasons"]
        var reasons: [ReasonCode] = []
        for code in reasonsText.split(separator: ",") {
            guard let reason = ReasonCode(rawValue: String(code)) else { throw corruptAudit(id, "unknown reason code \"\(code)\"") }
            reasons.append(reason)
        }
        return AuditEntry(time: Milliseconds.date(row["time"]), recordedAt: Milliseconds.date(row["recorded_at"]),
                          channel: channel, userID: row["user_id"], sessionID: row["session_id"],
                          question: row["question"], intent: row["intent"], reasons: reasons,
                          modelVersion: row["model_version"], knowledgeDigest: row["knowledge_digest"])
    }

    private func corruptAudit(_ id: Int64, _ problem: String) -> StoreError {
        StoreError(kind: .corruptRow, description: "\(path): audit entry \(id) cannot be read (\(problem))")
    }
}
