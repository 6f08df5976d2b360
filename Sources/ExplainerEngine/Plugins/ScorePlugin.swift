import ExplainerCore

/// `score_question`: the score, and the factors that cost points, largest loss first.
struct ScorePlugin: DiagnosticPlugin {
    let id = "score"
    func frame(_ c: DiagnosisContext) -> Framing {
        var facts: [Fact] = []
        if let t = c.trace { facts.append(Fact("score.summary", ["score": .int(t.score), "threshold": .int(t.threshold)])) }
        return Framing(focus: .score, lead: [.SCORE_DROPPED, .SCORE_BELOW_THRESHOLD], include: [.SCORE_DROPPED],
                       includeScoreFactors: true, facts: facts)
    }
}
