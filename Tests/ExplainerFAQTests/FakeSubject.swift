import ExplainerCore
import ExplainerFAQ
import Foundation

/// A deterministic stand-in for the engine: each question maps to a fixed reply.
struct FakeSubject: FAQSubject {
    var replies: [String: FAQObservation]
    var users: Set<String> = ["demo-repaid"]
    var intents: Set<String>? = nil
    var failingQuestion: String? = nil
    let log = StartLog()

    var knownIntents: Set<String>? { intents }

    func startConversation(user: String?, record: CustomerRecord?, platform: PlatformStatus?,
                           now: Date, lang: String?) throws -> any FAQConversation {
        log.append(FakeStart(user: user, record: record, platform: platform, now: now, lang: lang))
        if let user, !users.contains(user) { throw FakeError(description: "unknown user \"\(user)\"") }
        return FakeConversation(subject: self)
    }
}

struct FakeConversation: FAQConversation {
    let subject: FakeSubject
    var asked: [String] = []

    mutating func ask(_ text: String) throws -> FAQObservation {
        asked.append(text)
        if text == subject.failingQuestion { throw FakeError(description: "the engine lost its knowledge files") }
        guard let reply = subject.replies[text] else {
            return FAQObservation(intent: "out_of_scope", confidence: 0.1, language: "en", text: "Sorry, I can't help with that.")
        }
        return reply
    }
}

struct FakeError: Error, CustomStringConvertible {
    var description: String
}

struct FakeStart: Sendable {
    var user: String?
    var record: CustomerRecord?
    var platform: PlatformStatus?
    var now: Date
    var lang: String?
}

/// What the subject was asked to start, for checking what the runner passed on.
final class StartLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [FakeStart] = []

    func append(_ s: FakeStart) { lock.withLock { items.append(s) } }
    var all: [FakeStart] { lock.withLock { items } }
}
