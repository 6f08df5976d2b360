import ExplainerCore
import ExplainerKnowledge
import ExplainerNLU
import Foundation

/// How the answer's language is chosen.
public enum LangPreference: String, Sendable, CaseIterable {
    /// Detected per message.
    case auto
    case zh, en

    public var fixed: Lang? { self == .auto ? nil : Lang(rawValue: rawValue) }
}

extension Engine {
    /// Answers one message in the context of `session`, and updates the session.
    ///
    /// `record` is the session's customer (nil when none was given: diagnostic questions
    /// then get the general causes and a request for the account).
    public func ask(_ text: String, session: inout Session, record: CustomerRecord?, now: Date,
                    lang: LangPreference = .auto, platform: PlatformStatus? = nil) -> Reply {
        session.turns += 1
        let question = text
        let trimmed = text.trimmingWhitespace
        if !session.pendingChoice.isEmpty, let choice = classifier?.choice(trimmed) ?? Int(trimmed),
           (1...session.pendingChoice.count).contains(choice) {
            let intent = session.pendingChoice[choice - 1]
            session.pendingChoice = []
            let language = lang.fixed ?? session.language ?? .zh
            return answer(intent, expanded: false, language: language, confidence: 1, alternatives: [],
                          question: question, session: &session, record: record, now: now, platform: platform)
        }
        let c = classifier?.classify(trimmed) ?? Classification(language: .zh, decision: .outOfScope, candidates: [])
        let language = lang.fixed ?? c.language
        session.language = language
        let alternatives = c.candidates.prefix(3).map { Reply.Alternative(intent: $0.intent, confidence: $0.confidence) }
        let top = c.candidates.first
        // A bare follow-up refers to the last answer; right after a clarifying question with no
        // answer before it, to the option the bot thought likeliest. With no context at all,
        // "what can I do" and "how long" still make sense; a bare "why" gets a question back.
        let context = session.lastIntent ?? session.pendingChoice.first
        if let kind = classifier?.followUp(trimmed), context != nil || c.decision == .outOfScope {
            session.pendingChoice = []
            guard let (intent, expanded) = resolve(kind, last: context) else {
                let text = Renderer(knowledge: knowledge, lang: language).answer("followup.no_context")
                return Reply(question: question, intent: "help", confidence: 1, language: language, clarify: false,
                             alternatives: alternatives, reasons: [], steps: [], text: text, diagnosis: nil)
            }
            return answer(intent, expanded: expanded, language: language, confidence: 1,
                          alternatives: alternatives, question: question, session: &session, record: record, now: now, platform: platform)
        }
        switch c.decision {
        case .intent(let id):
            session.pendingChoice = []
            return answer(id, expanded: false, language: language, confidence: top?.confidence ?? 0,
                          alternatives: alternatives, question: question, session: &session, record: record, now: now, platform: platform)
        case .outOfScope:
            session.pendingChoice = []
            return answer("out_of_scope", expanded: false, language: language, confidence: top?.confidence ?? 0,
                          alternatives: alternatives, question: question, session: &session, record: record, now: now, platform: platform)
        case .clarify(let options):
            session.pendingChoice = Array(options.prefix(2))
            let r = Renderer(knowledge: knowledge, lang: language)
            let names = session.pendingChoice.map { intents[$0]?.description[language] ?? $0 }
            let text = r.answer("clarify.question", ["first": .text(names.first ?? ""), "second": .text(names.dropFirst().first ?? ""),
                                                      "one": .int(1), "two": .int(2)])
            return Reply(question: question, intent: top?.intent ?? "out_of_scope", confidence: top?.confidence ?? 0,
                         language: language, clarify: true, alternatives: alternatives, reasons: [], steps: [], text: text,
                         diagnosis: nil)
        }
    }

    /// A follow-up refers to the last answer: why/more → the same intent in full; what to do; how long.
    /// Without a last answer, "what to do" and "how long" still make sense; "why" does not (nil).
    func resolve(_ kind: FollowUpKind, last: String?) -> (String, Bool)? {
        switch kind {
        case .why, .more: return last.map { ($0, true) }
        case .whatToDo: return ("how_to_improve", false)
        case .howLong: return ("when_can_borrow", false)
        }
    }

    func answer(_ intent: String, expanded: Bool, language: Lang, confidence: Double, alternatives: [Reply.Alternative],
                question: String, session: inout Session, record: CustomerRecord?, now: Date, platform: PlatformStatus?) -> Reply {
        let r = Renderer(knowledge: knowledge, lang: language)
        guard let entry = intents[intent], let plugin = registry.plugin(entry.plugin) else {
            return Reply(question: question, intent: intent, confidence: confidence, language: language, clarify: false,
                         alternatives: alternatives, reasons: [], steps: [], text: r.answer("smalltalk.help"), diagnosis: nil)
        }
        if !plugin.needsRecord {
            let context = DiagnosisContext(intent: intent, record: record, trace: nil, plan: nil,
                                           platform: platform ?? knowledge.platform, now: now, model: knowledge.model)
            let text = plugin.frame(context).facts.map { r.answer($0.answer, $0.values) }.joined(separator: "\n")
            return Reply(question: question, intent: intent, confidence: confidence, language: language, clarify: false,
                         alternatives: alternatives, reasons: [], steps: [], text: text, diagnosis: nil)
        }
        session.lastIntent = intent
        guard let record else {
            let context = DiagnosisContext(intent: intent, record: nil, trace: nil, plan: nil,
                                           platform: platform ?? knowledge.platform, now: now, model: knowledge.model)
            let facts = plugin.frame(context).facts.filter(\.values.isEmpty).map { r.answer($0.answer) }
            let causes = r.general(intent).map { "- \($0)" }
            let text = ([r.answer("general.lead")] + causes + facts + [r.answer("no_account")]).joined(separator: "\n")
            return Reply(question: question, intent: intent, confidence: confidence, language: language, clarify: false,
                         alternatives: alternatives, reasons: [], steps: [], text: text, diagnosis: nil)
        }
        let d = diagnosis(intent: intent, plugin: plugin, record: record, now: now, platform: platform ?? knowledge.platform)
        session.lastDiagnosis = d
        return reply(d, lang: language, confidence: confidence, alternatives: alternatives, question: question, all: expanded)
    }
}
