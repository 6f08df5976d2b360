import ExplainerCore
import ExplainerJSON
import Foundation

/// The reply's JSON, written directly as text: the one definition of its shape (DESIGN §6),
/// which `encode(to:)`, `ask --json`, `diagnose --json` and the socket server all use.
/// Members are written in key order — the bytes `JSONValue.serialized()` would give — without
/// building the value first (that took 16 µs of a 48 µs ask; writing takes 6). A test holds
/// it to an independent statement of the shape over every demo customer and question.
extension Reply {
    public var json: JSONValue { .text(JSONText(trusted: Self.written { writeJSON(to: &$0) })) }

    /// Appends the reply's JSON text to `out`.
    public func writeJSON(to out: inout [UInt8]) {
        var o = JSONObjectText(&out)
        o.member("alternatives", &out) { out in JSONObjectText.array(alternatives, &out) { $0.writeJSON(to: &$1) } }
        if let d = diagnosis {
            for field in DiagnosisSummary.Field.beforeClarify { o.member(field.key, &out) { d.write(field, to: &$0) } }
        }
        o.member("clarify", &out) { JSONValue.bool(clarify).write(to: &$0) }
        o.member("confidence", &out) { JSONValue.number((confidence * 10000).rounded() / 10000).write(to: &$0) }
        o.member("intent", &out) { JSONValue.write(string: intent, to: &$0) }
        o.member("language", &out) { JSONValue.write(string: language.rawValue, to: &$0) }
        if let d = diagnosis {
            for field in DiagnosisSummary.Field.afterLanguage { o.member(field.key, &out) { d.write(field, to: &$0) } }
        }
        if let question { o.member("question", &out) { JSONValue.write(string: question, to: &$0) } }
        o.member("reasons", &out) { out in JSONObjectText.array(reasons, &out) { $0.writeJSON(to: &$1) } }
        if let d = diagnosis { o.member(DiagnosisSummary.Field.score.key, &out) { d.write(.score, to: &$0) } }
        if let sessionID { o.member("session_id", &out) { JSONValue.write(string: sessionID, to: &$0) } }
        o.member("steps", &out) { out in JSONObjectText.array(steps, &out) { $0.writeJSON(to: &$1) } }
        o.member("text", &out) { JSONValue.write(string: text, to: &$0) }
        o.end(&out)
    }

    /// The bytes `write` appends to an empty buffer with room for a typical reply.
    static func written(_ write: (inout [UInt8]) -> Void) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(2048)
        write(&bytes)
        return bytes
    }
}

extension Reply.Alternative {
    public var json: JSONValue { .text(JSONText(trusted: Reply.written { writeJSON(to: &$0) })) }

    func writeJSON(to out: inout [UInt8]) {
        var o = JSONObjectText(&out)
        o.member("confidence", &out) { JSONValue.number(confidence).write(to: &$0) }
        o.member("intent", &out) { JSONValue.write(string: intent, to: &$0) }
        o.end(&out)
    }
}

extension Reply.ReasonLine {
    public var json: JSONValue { .text(JSONText(trusted: Reply.written { writeJSON(to: &$0) })) }

    func writeJSON(to out: inout [UInt8]) {
        var o = JSONObjectText(&out)
        o.member("clears_at", &out) { Self.iso(clearsAt).write(to: &$0) }
        o.member("code", &out) { JSONValue.write(string: code.rawValue, to: &$0) }
        o.member("evidence", &out) { out in JSONObjectText.array(evidence, &out) { $0.writeJSON(to: &$1) } }
        o.member("kind", &out) { JSONValue.write(string: kind.rawValue, to: &$0) }
        o.member("rank", &out) { JSONValue.integer(rank).write(to: &$0) }
        o.member("text", &out) { JSONValue.write(string: text, to: &$0) }
        o.end(&out)
    }

    static func iso(_ date: Date?) -> JSONValue {
        date.map { .string(Timestamp.isoString($0)) } ?? .null
    }
}

extension Reply.StepLine {
    public var json: JSONValue { .text(JSONText(trusted: Reply.written { writeJSON(to: &$0) })) }

    func writeJSON(to out: inout [UInt8]) {
        var o = JSONObjectText(&out)
        o.member("action", &out) { JSONValue.write(string: action, to: &$0) }
        o.member("code", &out) { JSONValue.write(string: code.rawValue, to: &$0) }
        o.member("effect", &out) { JSONValue.write(string: effect, to: &$0) }
        o.member("text", &out) { JSONValue.write(string: text, to: &$0) }
        o.member("when", &out) { Reply.ReasonLine.iso(when).write(to: &$0) }
        o.end(&out)
    }
}

extension Reply.DiagnosisSummary {
    /// The decision numbers; a reply carries them at its top level, among its own members.
    enum Field: CaseIterable {
        case available, canBorrow, canBorrowAt, limit, modelVersion, score

        /// Where a reply's key order puts them among its own members: these before `clarify`,
        /// these after `language`, and `score` after `reasons`.
        static let beforeClarify: [Field] = [.available, .canBorrow, .canBorrowAt]
        static let afterLanguage: [Field] = [.limit, .modelVersion]

        var key: StaticString {
            switch self {
            case .available: "available"
            case .canBorrow: "can_borrow"
            case .canBorrowAt: "can_borrow_at"
            case .limit: "limit"
            case .modelVersion: "model_version"
            case .score: "score"
            }
        }
    }

    public var json: JSONValue {
        .text(JSONText(trusted: Reply.written { out in
            var o = JSONObjectText(&out)
            for field in Field.allCases { o.member(field.key, &out) { write(field, to: &$0) } }
            o.end(&out)
        }))
    }

    func write(_ field: Field, to out: inout [UInt8]) {
        switch field {
        case .available: available.json.write(to: &out)
        case .canBorrow: JSONValue.bool(canBorrow).write(to: &out)
        case .canBorrowAt: Reply.ReasonLine.iso(canBorrowAt).write(to: &out)
        case .limit: limit.json.write(to: &out)
        case .modelVersion: JSONValue.write(string: modelVersion, to: &out)
        case .score: JSONValue.integer(score).write(to: &out)
        }
    }
}
