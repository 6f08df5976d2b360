import ExplainerCore

/// `appeal`: how to dispute, and the holds an appeal is about.
struct AppealPlugin: DiagnosticPlugin {
    let id = "appeal"
    func frame(_ c: DiagnosisContext) -> Framing {
        Framing(focus: .appeal, lead: [.ACCOUNT_RESTRICTED, .ACCOUNT_ABNORMAL, .AML_REVIEW, .FREQUENT_CYCLING],
                facts: [Fact("appeal.channel")])
    }
}
