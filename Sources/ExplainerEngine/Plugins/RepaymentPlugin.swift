import ExplainerCore

/// `borrow_blocked_after_repayment`: the repayment's settlement leads, then what else blocks.
struct RepaymentPlugin: DiagnosticPlugin {
    let id = "repayment"
    func frame(_ c: DiagnosisContext) -> Framing {
        Framing(focus: .reasons, lead: [.REPAYMENT_PROCESSING, .CURRENT_OVERDUE, .RECENT_OVERDUE, .FREQUENT_CYCLING],
                include: [.REPAYMENT_PROCESSING])
    }
}
