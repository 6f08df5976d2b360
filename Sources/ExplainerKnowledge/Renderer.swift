import ExplainerCore

/// Turns findings, plan steps and answer names into sentences in one language.
///
/// Every placeholder is filled from evidence; a template that cannot be filled yields nil
/// (the claim is not shown) rather than a sentence with a gap. Literal numbers are refused
/// by ``KnowledgeChecker`` at load time, so every number and date in the output comes
/// from the evidence it names.
public struct Renderer: Sendable {
    public let knowledge: Knowledge
    public let lang: Lang

    public init(knowledge: Knowledge, lang: Lang) { self.knowledge = knowledge; self.lang = lang }

    /// The explanation of one finding, or nil when the knowledge cannot state it from its evidence.
    /// An empty list counts as absent, so an alternative without it is chosen
    /// (NOT_OPENED with no other blockers must not read "…的因素有：。").
    public func reason(_ f: Finding) -> String? {
        guard let r = knowledge.reasons[f.code] else { return nil }
        return r.text[lang].fill { key in f.value(key).flatMap(filled) }
    }

    /// The short name of a reason code (`当前有逾期`).
    public func title(_ code: ReasonCode) -> String {
        knowledge.reasons[code].flatMap { $0.title[lang].alternatives.first } ?? code.rawValue
    }

    public func advice(_ code: ReasonCode) -> String? {
        knowledge.reasons[code]?.advice?[lang].fill { _ in nil }
    }

    public func step(_ s: PlannedStep) -> String? {
        knowledge.steps[s.id]?[lang].fill { key in s.evidence.first { $0.key == key }.flatMap { filled($0.value) } }
    }

    /// A value as placed in a template, or nil when there is nothing to say (an empty list).
    func filled(_ v: Evidence.Value) -> String? {
        if case .list(let items) = v, items.isEmpty { return nil }
        return format(v)
    }

    /// A named answer text (`plan.approved_at`) filled from `values`.
    public func answer(_ name: String, _ values: [String: Evidence.Value] = [:]) -> String {
        knowledge.answers[name]?[lang].fill { values[$0].map(format) } ?? ""
    }

    /// Answer `name` with `values`, and with `verbatim` put in exactly as given: customer ids,
    /// display names, anything a person typed — never looked up in terms.yaml, so a customer
    /// id `huabei` stays `huabei` rather than becoming `Huabei`/`花呗`.
    public func answer(_ name: String, _ values: [String: Evidence.Value] = [:], verbatim: [String: String]) -> String {
        knowledge.answers[name]?[lang].fill { verbatim[$0] ?? values[$0].map(format) } ?? ""
    }

    public func general(_ intent: String) -> [String] { knowledge.general[intent]?[lang] ?? [] }

    public func term(_ raw: String) -> String { knowledge.terms[raw]?[lang] ?? raw }

    /// How a value reads to the customer: `¥1,200`, `2026-11-20 22:10`, `75%`, `花呗`.
    public func format(_ v: Evidence.Value) -> String {
        switch v {
        case .money(let m): return m.description
        case .date(let d): return Timestamp.dateTimeString(d)
        case .int(let i): return String(i)
        case .percent(let p):
            let pct = p * 100
            return pct == pct.rounded() ? "\(Int(pct))%" : String(format: "%.1f%%", pct)
        case .text(let t): return term(t)
        case .list(let items):
            let words = items.map { ReasonCode(rawValue: $0).map(title) ?? term($0) }
            return words.joined(separator: lang == .zh ? "、" : ", ")
        }
    }
}
