import ExplainerCore
import ExplainerEngine
import ExplainerStore
import Foundation

/// `ask` params (DESIGN §7).
struct AskParams: Decodable {
    var user_id: String?
    var session_id: String?
    var text: String
    var lang: String?
    var now: String?
}

/// `diagnose` params (DESIGN §7).
struct DiagnoseParams: Decodable {
    var user_id: String
    var intent: String?
    var now: String?
    var lang: String?
}

/// A request answered but not yet sent: its result, and the audit entry to commit first.
struct AnsweredRequest {
    let result: JSONValue
    let entry: AuditEntry
}

/// An `ask` or `diagnose` whose params are checked and whose record is read: what is left
/// is the engine's work, which ``EngineService`` runs on the event loop or, for a large
/// record, on a thread of its own.
struct PreparedRequest {
    /// The customer's record, if the request named one.
    let record: CustomerRecord?
    /// Runs the engine (and, for `ask`, the session's turn).
    let answer: @Sendable () throws(RPCError) -> AnsweredRequest
}

extension EngineService {
    /// `ask` up to the engine: params, time, language, record.
    func prepareAsk(_ params: JSONValue?, _ context: RequestContext) throws(RPCError) -> PreparedRequest {
        let p = try RPCParams.decode(AskParams.self, from: params)
        guard p.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .invalidParams("params.text must not be empty") }
        let now = try time(p.now, context)
        guard let lang = LangPreference(rawValue: p.lang ?? "auto") else {
            throw .invalidParams("params.lang must be auto, zh or en, not \"\(p.lang ?? "")\"")
        }
        let record = try customer(p.user_id)
        return PreparedRequest(record: record) { () throws(RPCError) in
            try self.answerAsk(p, now: now, lang: lang, record: record, context)
        }
    }

    /// `ask` from the engine to its audit entry: the session's turn.
    func answerAsk(_ p: AskParams, now: Date, lang: LangPreference, record: CustomerRecord?,
                   _ context: RequestContext) throws(RPCError) -> AnsweredRequest {
        var session: Session
        let id: String
        if let sid = p.session_id {
            do { session = try sessions.value(for: sid, userID: p.user_id, now: context.receivedAt) } catch { throw RPCError(error) }
            id = sid
        } else {
            session = Session(userID: p.user_id)
            id = sessions.create(userID: p.user_id, value: session, now: context.receivedAt)
        }
        let e = engine
        var reply = e.ask(p.text, session: &session, record: record, now: now, lang: lang)
        reply.sessionID = id
        // Nothing the server answers reads a past turn's whole diagnosis (the chat's /trace does);
        // kept, it would hold a trace and a plan for each of up to --max-sessions conversations.
        session.lastDiagnosis = nil
        do { try sessions.setValue(session, for: id, userID: p.user_id, now: context.receivedAt) } catch { throw RPCError(error) }
        let entry = auditEntry(.ask, reply, user: p.user_id, session: id, question: p.text, now: now, context: context, engine: e)
        return AnsweredRequest(result: reply.json, entry: entry)
    }

    /// `diagnose` up to the engine.
    func prepareDiagnose(_ params: JSONValue?, _ context: RequestContext) throws(RPCError) -> PreparedRequest {
        let p = try RPCParams.decode(DiagnoseParams.self, from: params)
        let now = try time(p.now, context)
        guard let lang = Lang(rawValue: p.lang ?? "zh") else { throw .invalidParams("params.lang must be zh or en, not \"\(p.lang ?? "")\"") }
        guard let record = try customer(p.user_id) else { throw .unknownUser(p.user_id) }
        return PreparedRequest(record: record) { () throws(RPCError) in
            let e = self.engine
            let reply: Reply
            do { reply = try e.diagnose(record: record, intent: p.intent, now: now, lang: lang) } catch {
                throw .invalidParams("params.intent: \(error)")
            }
            let entry = self.auditEntry(.diagnose, reply, user: p.user_id, session: nil, question: nil, now: now, context: context, engine: e)
            return AnsweredRequest(result: reply.json, entry: entry)
        }
    }

    func time(_ text: String?, _ context: RequestContext) throws(RPCError) -> Date {
        guard let text else { return evaluationTime ?? context.now }
        guard let d = Timestamp.parse(text) else { throw .invalidParams("params.now \"\(text)\" is not an ISO 8601 date-time") }
        return d
    }

    /// The customer's record; nil when no user was named.
    func customer(_ userID: String?) throws(RPCError) -> CustomerRecord? {
        guard let userID else { return nil }
        let found: CustomerRecord?
        do { found = try store.record(id: userID) } catch { throw .recordStoreUnavailable(error.description) }
        guard let found else { throw .unknownUser(userID) }
        return found
    }

    /// What the audit log records of an answer.
    func auditEntry(_ channel: AuditChannel, _ reply: Reply, user: String?, session: String?, question: String?, now: Date,
                    context: RequestContext, engine: Engine) -> AuditEntry {
        AuditEntry(time: now, recordedAt: context.now, channel: channel, userID: user ?? "", sessionID: session,
                   question: question, intent: reply.intent, reasons: reply.reasons.map(\.code),
                   modelVersion: engine.modelVersion, knowledgeDigest: engine.knowledge.digest)
    }

    static func auditFailed(_ error: any Error) -> RPCError {
        .recordStoreUnavailable("the audit log could not be written: \(error)")
    }
}

extension CustomerRecord {
    /// Dated events in the record — what the credit model walks and the planner searches over.
    var eventCount: Int {
        loans.count + repayments.count + disbursements.count + bureau.inquiries.count + profile.infoChanges.count
            + products.jiebei.limitHistory.count + products.huabei.limitHistory.count + scoreHistory.count
    }
}
