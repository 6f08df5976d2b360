import ExplainerCore
import ExplainerEngine
import ExplainerKnowledge
import ExplainerStore
import Foundation

/// The chat's handler: one customer, one conversation, answered by the engine.
///
/// Every line it prints comes from knowledge/ (answers.yaml `chat.*`, `trace.*`,
/// `record.summary`) or from the engine's reply; figures are emphasised on a terminal.
public final class EngineChatHandler: ChatHandler {
    let engine: Engine
    let store: any RecordStore
    let now: Date
    let terminal: Terminal
    var preference: LangPreference
    var record: CustomerRecord?
    var session: Session

    /// - Parameters:
    ///   - now: the time every answer is evaluated at (`--now`, else the wall clock read by the CLI).
    public init(engine: Engine, store: any RecordStore, user: CustomerRecord?, now: Date,
                language: LangPreference, terminal: Terminal) {
        self.engine = engine; self.store = store; self.record = user; self.now = now
        self.preference = language; self.terminal = terminal
        self.session = Session(userID: user?.userID)
    }

    /// The language to speak when there is no message to detect it from.
    var lang: Lang { preference.fixed ?? session.language ?? .zh }
    func renderer(_ l: Lang? = nil) -> Renderer { Renderer(knowledge: engine.knowledge, lang: l ?? lang) }

    func reply(_ text: String, _ l: Lang? = nil) -> ChatReply {
        ChatReply(terminal.emphasizingFigures(text), language: (l ?? lang) == .zh ? .zh : .en)
    }

    public func greeting() async -> ChatReply {
        let r = renderer()
        var lines = [r.answer("smalltalk.greeting")]
        if let record {
            lines.append(r.answer("chat.current_user", verbatim: ["user": record.userID, "name": record.displayName ?? record.userID]))
        } else {
            lines.append(r.answer("chat.no_user"))
        }
        return reply(lines.joined(separator: "\n"))
    }

    public func answer(_ question: String) async throws -> ChatReply {
        let r = engine.ask(question, session: &session, record: record, now: now, lang: preference)
        return reply(r.text, r.language)
    }

    public func choose(_ option: Int) async throws -> ChatReply {
        try await answer(String(option))
    }

    public func selectUser(_ id: String) async throws -> ChatReply {
        guard let found = try store.record(id: id) else {
            throw ChatFailure(renderer().answer("chat.unknown_user", verbatim: ["user": id]))
        }
        record = found
        session = Session(userID: found.userID)
        return reply(renderer().answer("chat.user_selected", verbatim: ["user": found.userID, "name": found.displayName ?? found.userID]))
    }

    public func setLanguage(_ setting: LanguageSetting) async throws -> ChatReply {
        preference = LangPreference(rawValue: setting.rawValue) ?? .auto
        return reply(renderer().answer(preference == .auto ? "chat.language_auto" : "chat.language"))
    }

    public func explainLastAnswer() async throws -> ChatReply {
        guard let record else { return reply(renderer().answer("chat.no_user")) }
        let trace = session.lastDiagnosis?.trace ?? engine.model.evaluate(record, platform: engine.knowledge.platform, now: now)
        return reply(TraceText(renderer: renderer()).render(trace))
    }

    public func showRecord() async throws -> ChatReply {
        guard let record else { return reply(renderer().answer("chat.no_user")) }
        let trace = engine.model.evaluate(record, platform: engine.knowledge.platform, now: now)
        let outstanding = record.loans.filter(\.outstanding.isPositive)
        let inquiries = trace.factors.first { $0.code == .TOO_MANY_INQUIRIES }?.evidence.first { $0.key == "count" }?.value ?? .int(0)
        return reply(renderer().answer("record.summary", [
            "opened_at": .date(record.account.openedAt.date), "status": .text(record.account.status.rawValue),
            "income": .money(record.profile.monthlyIncome), "income_verified": .text(record.profile.incomeVerified ? "true" : "false"),
            "external_loans": .int(record.bureau.externalActiveLoans), "inquiries": inquiries,
            "jiebei_limit": .money(record.products.jiebei.limit), "huabei_limit": .money(record.products.huabei.limit),
            "outstanding": .money(outstanding.reduce(Money.zero) { $0 + $1.outstanding }), "loans": .int(outstanding.count),
        ], verbatim: ["user": record.userID, "name": record.displayName ?? record.userID]))
    }

    public func reset() async throws -> ChatReply {
        session = Session(userID: record?.userID)
        return reply(renderer().answer("chat.reset"))
    }

    public func completionUserIDs() async -> [String] {
        (try? store.userIDs()) ?? []
    }
}

/// A chat-side refusal, already worded for the customer.
struct ChatFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
