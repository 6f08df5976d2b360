import ExplainerCore

/// `huabei_no_limit`: the huabei side of the account.
struct HuabeiPlugin: DiagnosticPlugin {
    let id = "huabei"
    func frame(_ c: DiagnosisContext) -> Framing {
        guard let t = c.trace else { return Framing(focus: .huabei) }
        let shared = t.findings.filter { t.huabei.blockers.contains($0.code) && $0.blocking }
        let own = t.huabei.findings
        let fact = t.huabei.usable
            ? Fact("huabei.ok", ["available": .money(t.huabei.available), "limit": .money(t.huabei.effectiveLimit)])
            : Fact("huabei.blocked")
        return Framing(focus: .huabei, lead: t.huabei.blockers, facts: [fact], findingsOverride: own + shared)
    }
}
