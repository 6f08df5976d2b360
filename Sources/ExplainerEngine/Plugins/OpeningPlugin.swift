import ExplainerCore

/// `cannot_open`: jiebei is not open, and what keeps the account out.
struct OpeningPlugin: DiagnosticPlugin {
    let id = "opening"
    func frame(_ c: DiagnosisContext) -> Framing {
        Framing(focus: .reasons, lead: [.NOT_OPENED, .IDENTITY_INCOMPLETE, .SCORE_BELOW_THRESHOLD], includeScoreFactors: true)
    }
}
