import ExplainerCore
import Foundation

/// One scripted conversation: who the customer is, when it happens, and the turns.
///
/// A case names a stored customer (`user`), carries an inline `record`, or
/// neither (then the bot answers without an account); never both.
public struct FAQCase: Sendable {
    /// The case's name, unique within its file; `--filter` matches against it.
    public var name: String
    /// The line of the case in its file (1-based).
    public var line: Int
    /// A customer id from the record store.
    public var user: String?
    /// An inline customer record (DESIGN §5).
    public var record: CustomerRecord?
    /// An inline platform status; nil means the subject's default.
    public var platform: PlatformStatus?
    /// The time the conversation happens at.
    public var now: Date
    /// `auto`, `zh` or `en`; nil means the subject's default.
    public var lang: String?
    /// The questions, asked in order in one conversation.
    public var turns: [FAQTurn]

    public init(name: String, line: Int, user: String? = nil, record: CustomerRecord? = nil,
                platform: PlatformStatus? = nil, now: Date, lang: String? = nil, turns: [FAQTurn]) {
        self.name = name; self.line = line; self.user = user; self.record = record
        self.platform = platform; self.now = now; self.lang = lang; self.turns = turns
    }
}
