import ExplainerCore
import ExplainerKnowledge
import Foundation

/// Writes a reply from a diagnosis: picks the named texts from knowledge/ for the plugin's
/// focus and fills them from evidence. Holds no matching or diagnostic logic.
struct Composer {
    let renderer: Renderer
    var lang: Lang { renderer.lang }

    func reasonLines(_ findings: [Finding]) -> [Reply.ReasonLine] {
        findings.enumerated().map { i, f in
            Reply.ReasonLine(code: f.code, rank: i + 1, kind: f.kind, evidence: f.evidence, clearsAt: f.clearsAt,
                             text: renderer.reason(f) ?? renderer.title(f.code))
        }
    }

    func stepLines(_ plan: PlanOutcome) -> [Reply.StepLine] {
        guard case .plan(let p) = plan else { return [] }
        return p.steps.map { s in
            Reply.StepLine(code: s.code, action: s.id, text: renderer.step(s) ?? s.id, when: s.when, effect: s.effect)
        }
    }

    /// The reply text for a diagnosis; `all` shows every ranked reason instead of the principal ones.
    func text(_ d: Diagnosis, reasons: [Reply.ReasonLine], steps: [Reply.StepLine], all: Bool) -> String {
        var out = d.framing.facts.map { renderer.answer($0.answer, $0.values) }.filter { !$0.isEmpty }
        let t = d.trace
        switch d.framing.focus {
        case .smalltalk:
            return out.joined(separator: "\n")
        case .timeline:
            if case .plan(let p) = d.plan, p.steps.contains(where: { $0.id != "wait" && $0.id != "pay_on_time" }) {
                if !t.canBorrow { out += numbered(reasons, lead: "lead.reasons") }
                out += planSentences(d, steps)
                return out.joined(separator: "\n")
            }
            out.append(whenSentence(d))
            if !t.canBorrow { out += numbered(reasons, lead: "lead.reasons") }
            return out.joined(separator: "\n")
        case .status, .huabei, .score:
            if d.framing.focus == .status { out.append(t.canBorrow ? "" : renderer.answer("lead.cannot_borrow")) }
            out += numbered(reasons, lead: out.isEmpty ? "lead.reasons" : nil)
            out += advice(d, reasons)
            if d.framing.focus == .huabei, !t.canBorrow { out += planSentences(d, steps) }
            return out.filter { !$0.isEmpty }.joined(separator: "\n")
        case .reasons, .plan, .appeal, .disbursement:
            out.append(t.canBorrow
                ? renderer.answer("lead.can_borrow", ["available": .money(t.available), "limit": .money(t.limit)])
                : renderer.answer("lead.cannot_borrow"))
            out += numbered(reasons, lead: t.canBorrow ? "lead.notes" : "lead.reasons")
            if !all, d.ranked.count > reasons.count {
                out.append(renderer.answer("lead.more_reasons", ["count": .int(d.ranked.count - reasons.count)]))
            }
            out += advice(d, reasons)
            out += planSentences(d, steps)
            return out.filter { !$0.isEmpty }.joined(separator: "\n")
        }
    }

    func numbered(_ reasons: [Reply.ReasonLine], lead: String?) -> [String] {
        guard !reasons.isEmpty else { return [] }
        return (lead.map { [renderer.answer($0)] } ?? []) + reasons.map { r in
            var line = "\(r.rank). \(r.text)"
            if let c = r.clearsAt, !r.text.containsBytes(of: Timestamp.dateString(c)) {
                line += renderer.answer("lead.clears", ["date": .date(c)])
            }
            return line
        }
    }

    /// Guidance for shown reasons that no verified step covers (appeal channel, try later…).
    func advice(_ d: Diagnosis, _ reasons: [Reply.ReasonLine]) -> [String] {
        let covered = Set(d.plan.plan?.steps.map(\.code) ?? [])
        return reasons.filter { !covered.contains($0.code) }.compactMap { renderer.advice($0.code) }
    }

    func planSentences(_ d: Diagnosis, _ steps: [Reply.StepLine]) -> [String] {
        switch d.plan {
        case .approvedNow:
            return d.framing.focus == .plan ? [renderer.answer("plan.nothing_needed")] : []
        case .noPlan(_, let review):
            return [review.map { renderer.answer("plan.no_plan", ["date": .date($0)]) } ?? renderer.answer("plan.no_plan_undated")]
        case .plan(let p):
            let acts = steps.filter { $0.action != "wait" }
            if acts.isEmpty { return [renderer.answer("plan.wait_only", ["date": .date(p.approvedAt)])] }
            let orWait = p.withoutActionAt.flatMap { $0 > p.approvedAt ? renderer.answer("plan.or_wait", ["date": .date($0)]) : nil }
            return [renderer.answer("lead.steps")]
                + steps.enumerated().map { "\($0.offset + 1). \($0.element.text)" }
                + [renderer.answer("plan.approved_at", ["date": .date(p.approvedAt)])] + (orWait.map { [$0] } ?? [])
        }
    }

    func whenSentence(_ d: Diagnosis) -> String {
        if d.trace.canBorrow { return renderer.answer("when.now", ["available": .money(d.trace.available)]) }
        switch d.plan {
        case .approvedNow: return renderer.answer("when.now", ["available": .money(d.trace.available)])
        case .plan(let p): return renderer.answer("when.date", ["date": .date(p.approvedAt)])
        case .noPlan(_, let review):
            return review.map { renderer.answer("plan.no_plan", ["date": .date($0)]) } ?? renderer.answer("when.unknown")
        }
    }
}
