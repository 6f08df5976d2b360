import ExplainerCore

/// `limit_dropped`: what moved since the previous limit and score.
struct LimitChangePlugin: DiagnosticPlugin {
    let id = "limit_change"
    func frame(_ c: DiagnosisContext) -> Framing {
        var facts: [Fact] = []
        if let j = c.record?.products.jiebei, let prev = j.limitHistory.last, prev.limit != j.limit {
            facts.append(Fact("limit.changed", ["previous_limit": .money(prev.limit), "limit": .money(j.limit),
                                                "previous_at": .date(prev.at.date)]))
        }
        if let t = c.trace, t.limit < t.assignedLimit {
            facts.append(Fact("limit.capped", ["assigned": .money(t.assignedLimit), "limit": .money(t.limit)]))
        }
        return Framing(focus: .reasons, lead: [.SCORE_DROPPED, .SCORE_BELOW_THRESHOLD, .POLICY_TIGHTENING],
                       include: [.SCORE_DROPPED, .EXPOSURE_CAP, .NEW_ACCOUNT], includeScoreFactors: true, facts: facts)
    }
}
