import ExplainerCore
import Foundation

/// One answer the product gave, as kept in the audit log: who asked what, when,
/// and which reasons the answer gave, under which model and knowledge.
///
/// Times are kept to the millisecond: both stores round ``time`` and ``recordedAt``
/// on append, so what is read back equals what was appended after ``normalized()``.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// The request's `now` (the time the answer was computed for).
    public var time: Date
    /// When the answer was recorded; passed in by the front end, never read from a clock here.
    public var recordedAt: Date
    /// Which kind of request produced the answer.
    public var channel: AuditChannel
    /// The customer the answer was about.
    public var userID: String
    /// The conversation session, when the front end keeps one.
    public var sessionID: String?
    /// The customer's question as sent (`nil` for `diagnose`).
    public var question: String?
    /// The intent id the answer was for (`out_of_scope` included).
    public var intent: String?
    /// The reason codes given, in the order the answer ranked them.
    public var reasons: [ReasonCode]
    /// The credit model version that produced the reasons.
    public var modelVersion: String
    /// The digest of the knowledge/ files the text was rendered from.
    public var knowledgeDigest: String

    enum CodingKeys: String, CodingKey {
        case time, recordedAt = "recorded_at", channel, userID = "user_id", sessionID = "session_id"
        case question, intent, reasons, modelVersion = "model_version", knowledgeDigest = "knowledge_digest"
    }

    public init(time: Date, recordedAt: Date, channel: AuditChannel, userID: String, sessionID: String? = nil,
                question: String? = nil, intent: String?, reasons: [ReasonCode], modelVersion: String,
                knowledgeDigest: String) {
        self.time = time; self.recordedAt = recordedAt; self.channel = channel; self.userID = userID
        self.sessionID = sessionID; self.question = question; self.intent = intent; self.reasons = reasons
        self.modelVersion = modelVersion; self.knowledgeDigest = knowledgeDigest
    }

    /// This entry with both times rounded to the millisecond, as the stores keep it.
    public func normalized() -> AuditEntry {
        var copy = self
        copy.time = Milliseconds.date(Milliseconds.of(time))
        copy.recordedAt = Milliseconds.date(Milliseconds.of(recordedAt))
        return copy
    }
}
