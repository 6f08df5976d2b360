import ExplainerCore

/// `my_status`: limit, used and available for both products, then any blocker
/// (what can be borrowed is ¥0 while something blocks).
struct StatusPlugin: DiagnosticPlugin {
    let id = "status"
    func frame(_ c: DiagnosisContext) -> Framing {
        guard let t = c.trace else { return Framing(focus: .status) }
        let fact = Fact("status.summary", [
            "limit": .money(t.limit), "available": .money(t.canBorrow ? t.available : .zero), "used": .money(t.used),
            "huabei_limit": .money(t.huabei.effectiveLimit), "huabei_available": .money(t.huabei.available),
        ])
        return Framing(focus: .status, facts: [fact])
    }
}
