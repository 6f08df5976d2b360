import ExplainerCore

/// `disbursement_failed`: the last payout's failure leads, then what stands now.
struct DisbursementPlugin: DiagnosticPlugin {
    let id = "disbursement"
    func frame(_ c: DiagnosisContext) -> Framing {
        var facts: [Fact] = []
        if let record = c.record {
            if let last = record.disbursements.filter({ $0.at.date <= c.now }).max(by: { $0.at < $1.at }), last.status == .failed {
                facts.append(Fact("disbursement.last_failed", ["amount": .money(last.amount), "failed_at": .date(last.at.date)]))
            } else {
                facts.append(Fact("disbursement.none"))
            }
        }
        let own: [ReasonCode] = [.BANK_CARD_PROBLEM, .FUNDING_QUOTA_EXHAUSTED, .STALE_RISK_DATA, .REGULATORY_CAP]
        return Framing(focus: .disbursement, lead: own, include: Set(own), facts: facts)
    }
}
