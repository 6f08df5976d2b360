import ExplainerCore

/// The model's verdict framed for one intent: ranked findings and the verified plan.
public struct Diagnosis: Sendable {
    public var intent: String
    public var trace: DecisionTrace
    public var plan: PlanOutcome
    public var framing: Framing
    /// Every finding shown for this intent, best first.
    public var ranked: [Finding]
    /// The reasons that lead the answer (at most ``Ranking/principalCount``).
    public var principal: [Finding] { Array(ranked.prefix(Ranking.principalCount)) }
}
