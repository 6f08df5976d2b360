import ExplainerCore
import ExplainerStore
import Foundation
import Testing

/// A fresh directory under the system temp directory, removed when the value goes away.
final class TempDirectory: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("explainer-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` and returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// The two stores the shared behaviour suite runs against.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case memory, sqlite

    var testDescription: String { rawValue }

    func make(in directory: TempDirectory) throws -> any RecordStore & AuditLog {
        switch self {
        case .memory: return InMemoryRecordStore()
        case .sqlite: return try SQLiteRecordStore.open(path: directory.path("store.sqlite"), now: Fixture.now)
        }
    }
}

/// Records and times the tests share.
enum Fixture {
    static let now = date("2026-11-20T10:00:00+08:00")
    static let later = date("2026-11-21T09:30:00+08:00")

    static func date(_ text: String) -> Date {
        guard let date = Timestamp.parse(text) else {
            Issue.record("fixture date \(text) does not parse")
            return Date(timeIntervalSince1970: 0)
        }
        return date
    }

    /// A valid record; `name` becomes the display name.
    static func record(_ id: String, name: String? = nil, limit: Int = 20000) -> CustomerRecord {
        CustomerRecord(
            userID: id, displayName: name,
            account: .init(openedAt: date("2024-03-01")),
            products: .init(jiebei: .init(opened: true, limit: Money(yuan: limit))),
            loans: [.init(id: "L-88", amount: Money(yuan: 5000), borrowedAt: date("2026-09-01"),
                          dueAt: date("2026-10-01"), repaidAt: date("2026-10-09"), outstanding: .zero)])
    }

    /// A record the decoder refuses: a failed disbursement without its failure.
    static func invalidRecord(_ id: String) -> CustomerRecord {
        var record = record(id)
        record.disbursements = [.init(at: date("2026-11-18T09:00:00+08:00"), amount: Money(yuan: 3000), status: .failed)]
        return record
    }

    /// The JSON document of a valid record, as a user would write it.
    static func json(_ id: String, name: String = "Li") -> String {
        """
        {"user_id": "\(id)", "display_name": "\(name)",
         "account": {"opened_at": "2024-03-01", "status": "normal"},
         "products": {"jiebei": {"opened": true, "limit": 20000}},
         "loans": [{"id": "L-88", "amount": 5000, "borrowed_at": "2026-09-01", "due_at": "2026-10-01",
                    "repaid_at": "2026-10-09", "outstanding": 0}]}
        """
    }

    static func entry(_ user: String, at time: String, question: String? = "为什么借不了？",
                      reasons: [ReasonCode] = [.CURRENT_OVERDUE, .TOO_MANY_INQUIRIES]) -> AuditEntry {
        AuditEntry(time: date(time), recordedAt: date("2026-11-20T10:00:00.250+08:00"), channel: .ask,
                   userID: user, sessionID: "s-1", question: question, intent: "why_cannot_borrow",
                   reasons: reasons, modelVersion: "2026.11", knowledgeDigest: "sha256:abc")
    }
}

/// Reads a file's bytes, failing the test when it cannot.
func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

/// The StoreError a throwing call ended with, or nil (and a recorded issue) when it did not throw one.
func storeError<T>(_ body: () throws -> T, sourceLocation: SourceLocation = #_sourceLocation) -> StoreError? {
    do {
        _ = try body()
        Issue.record("expected a StoreError, but the call succeeded", sourceLocation: sourceLocation)
    } catch let error as StoreError {
        return error
    } catch {
        Issue.record("expected a StoreError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}
