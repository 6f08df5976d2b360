import ExplainerCore

/// `limit_tiny`: what holds the available amount down.
struct AvailablePlugin: DiagnosticPlugin {
    let id = "available"
    static let holders: [ReasonCode] = [.SYMBOLIC_LIMIT, .GRAY_RELEASE, .BELOW_MIN_LOAN, .LIMIT_USED_UP,
                                        .REPAYMENT_PROCESSING, .EXPOSURE_CAP, .NEW_ACCOUNT, .POLICY_TIGHTENING]
    func frame(_ c: DiagnosisContext) -> Framing {
        var facts: [Fact] = []
        if let t = c.trace, t.limit < t.assignedLimit {
            facts.append(Fact("limit.capped", ["assigned": .money(t.assignedLimit), "limit": .money(t.limit)]))
        }
        return Framing(focus: .reasons, lead: Self.holders, include: [.EXPOSURE_CAP, .NEW_ACCOUNT, .REPAYMENT_PROCESSING],
                       facts: facts)
    }
}
