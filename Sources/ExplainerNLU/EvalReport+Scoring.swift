extension EvalReport {
    /// Scores `matcher` on every question of `set`.
    public static func evaluate(_ matcher: IntentMatcher, on set: LabelledSet) -> EvalReport {
        var counter = Counter()
        for q in set.questions {
            counter.add(q, matcher.match(q.text))
        }
        return counter.report(source: set.source, badLines: set.problems, intents: matcher.intents)
    }

    /// Accumulates predictions into the report's counts.
    struct Counter {
        var inScope = 0, inScopeCorrect = 0, oos = 0, oosRejected = 0
        var falseRejections = 0, falseAcceptances = 0, clarify = 0, clarifyGold = 0
        var goldCount: [String: Int] = [:]
        var predictedCount: [String: Int] = [:]
        var correctCount: [String: Int] = [:]
        var confusions: [String: [String: Int]] = [:]
        var misses: [Miss] = []

        mutating func add(_ q: LabelledQuestion, _ r: MatchResult, file: String? = nil) {
            let predicted = r.decidedIntent
            let isOOS = q.intent == IntentID.outOfScope
            // An off-topic line counts as rejected only when the decision is out of scope:
            // a clarify question about two of our intents is an answer, not a rejection.
            let correct = predicted == q.intent
            if case .clarify(let options) = r.decision {
                clarify += 1
                if options.contains(q.intent) { clarifyGold += 1 }
            }
            if isOOS {
                oos += 1
                if correct { oosRejected += 1 } else if case .intent = r.decision { falseAcceptances += 1 }
            } else {
                inScope += 1
                if correct { inScopeCorrect += 1 }
                if predicted == IntentID.outOfScope { falseRejections += 1 }
            }
            goldCount[q.intent, default: 0] += 1
            predictedCount[predicted, default: 0] += 1
            if correct {
                correctCount[q.intent, default: 0] += 1
            } else {
                confusions[q.intent, default: [:]][predicted, default: 0] += 1
                misses.append(Miss(file: file, line: q.line, gold: q.intent, predicted: predicted, confidence: r.topConfidence,
                                   decision: Self.name(r.decision), text: q.text))
            }
        }

        static func name(_ d: MatchDecision) -> String {
            switch d {
            case .intent: "intent"
            case .clarify: "clarify"
            case .outOfScope: "out_of_scope"
            }
        }

        func report(source: String, badLines: [CheckIssue], intents: [String]) -> EvalReport {
            let ids = Set(goldCount.keys).union(predictedCount.keys).sorted()
            let scores = ids.map { id -> IntentScore in
                let tp = Double(correctCount[id] ?? 0)
                let p = (predictedCount[id] ?? 0) == 0 ? 0 : tp / Double(predictedCount[id] ?? 1)
                let r = (goldCount[id] ?? 0) == 0 ? 0 : tp / Double(goldCount[id] ?? 1)
                let f1 = p + r == 0 ? 0 : 2 * p * r / (p + r)
                let conf = (confusions[id] ?? [:]).map { Confusion(predicted: $0.key, count: $0.value) }
                    .sorted { $0.count != $1.count ? $0.count > $1.count : $0.predicted < $1.predicted }
                return IntentScore(intent: id, precision: p, recall: r, f1: f1, support: goldCount[id] ?? 0, confusedWith: conf)
            }
            return EvalReport(
                source: source, total: inScope + oos, inScopeTotal: inScope, inScopeCorrect: inScopeCorrect,
                accuracy: inScope == 0 ? 0 : Double(inScopeCorrect) / Double(inScope),
                outOfScopeTotal: oos, outOfScopeRejected: oosRejected,
                outOfScopeRejection: oos == 0 ? 0 : Double(oosRejected) / Double(oos),
                falseRejections: falseRejections, falseAcceptances: falseAcceptances,
                clarifyCount: clarify, clarifyContainingGold: clarifyGold,
                intents: scores, misclassified: misses.sorted { $0.line < $1.line }, badLines: badLines)
        }
    }
}
