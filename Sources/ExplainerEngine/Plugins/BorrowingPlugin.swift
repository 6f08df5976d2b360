import ExplainerCore

/// `borrow_unavailable`: every blocking reason in the model's own order.
struct BorrowingPlugin: DiagnosticPlugin {
    let id = "borrowing"
    func frame(_ c: DiagnosisContext) -> Framing {
        Framing(focus: .reasons, lead: [.NOT_OPENED, .ACCOUNT_RESTRICTED, .SYSTEM_MAINTENANCE])
    }
}
