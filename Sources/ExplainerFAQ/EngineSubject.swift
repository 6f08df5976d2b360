import ExplainerCore
import ExplainerEngine
import ExplainerStore
import Foundation

/// The real bot as an FAQ subject: the engine, with customers from the record store.
public struct EngineSubject: FAQSubject {
    public let engine: Engine
    public let store: (any RecordStore)?
    /// The platform status when a case has none inline (`--platform`, else knowledge/platform.yaml).
    public let platform: PlatformStatus?

    public init(engine: Engine, store: (any RecordStore)?, platform: PlatformStatus? = nil) {
        self.engine = engine; self.store = store; self.platform = platform
    }

    public var knownIntents: Set<String>? { Set(engine.intents.ids) }

    public func startConversation(user: String?, record: CustomerRecord?, platform: PlatformStatus?,
                                  now: Date, lang: String?) async throws -> any FAQConversation {
        var customer = record
        if let user {
            guard let store else { throw FAQSubjectError("case names user \"\(user)\" but no record store is open") }
            guard let found = try store.record(id: user) else { throw FAQSubjectError("unknown user \"\(user)\"") }
            customer = found
        }
        let preference = lang.flatMap(LangPreference.init(rawValue:)) ?? .auto
        return EngineConversation(engine: engine, record: customer, platform: platform ?? self.platform, now: now,
                                  lang: preference, session: Session(userID: customer?.userID))
    }
}

/// One FAQ conversation: a session against the engine.
struct EngineConversation: FAQConversation {
    let engine: Engine
    let record: CustomerRecord?
    let platform: PlatformStatus?
    let now: Date
    let lang: LangPreference
    var session: Session

    mutating func ask(_ text: String) async throws -> FAQObservation {
        let r = engine.ask(text, session: &session, record: record, now: now, lang: lang, platform: platform)
        return FAQObservation(intent: r.intent, confidence: r.confidence, language: r.language.rawValue, clarify: r.clarify,
                              reasonCodes: r.reasons.map(\.code.rawValue), stepCodes: r.steps.map(\.code.rawValue), text: r.text)
    }
}

/// A subject-side failure, in one sentence.
public struct FAQSubjectError: Error, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}
