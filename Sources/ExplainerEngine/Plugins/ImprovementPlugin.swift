import ExplainerCore

/// `how_to_improve`: the recovery plan, and the score factors that would raise the limit.
struct ImprovementPlugin: DiagnosticPlugin {
    let id = "improvement"
    func frame(_ c: DiagnosisContext) -> Framing {
        Framing(focus: .plan, include: [.EXPOSURE_CAP, .NEW_ACCOUNT], includeScoreFactors: true)
    }
}
