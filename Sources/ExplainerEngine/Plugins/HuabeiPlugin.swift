import ExplainerCore

/// `huabei_no_limit`: the huabei side of the account; when huabei is fine but jiebei is not,
/// the jiebei reasons follow (customers often ask about both at once).
struct HuabeiPlugin: DiagnosticPlugin {
    let id = "huabei"
    func frame(_ c: DiagnosisContext) -> Framing {
        guard let t = c.trace else { return Framing(focus: .huabei) }
        if t.huabei.usable {
            let ok = Fact("huabei.ok", ["available": .money(t.huabei.available), "limit": .money(t.huabei.effectiveLimit)])
            return Framing(focus: .huabei, facts: t.canBorrow ? [ok] : [ok, Fact("lead.cannot_borrow")])
        }
        let shared = t.findings.filter { t.huabei.blockers.contains($0.code) && $0.blocking }
        let jiebei = t.findings.filter { $0.blocking && !t.huabei.blockers.contains($0.code) }
        return Framing(focus: .huabei, lead: t.huabei.blockers, facts: [Fact("huabei.blocked")],
                       findingsOverride: t.huabei.findings + shared + jiebei)
    }
}
