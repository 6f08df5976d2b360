/// How well the matcher does on a labelled file, in the spirit of `rasa test nlu`.
///
/// Scoring: a clarify counts as its first option for accuracy (clarifies are counted
/// separately too); a line labelled `out_of_scope` is correct when the decision is out
/// of scope or the top intent is `out_of_scope`. Accuracy is over in-scope lines only.
///
///     let report = EvalReport.evaluate(matcher, on: set)
///     print(report.renderText())
public struct EvalReport: Sendable, Codable, Equatable {
    /// Precision, recall and F1 of one intent.
    public struct IntentScore: Sendable, Codable, Equatable {
        public let intent: String
        public let precision: Double
        public let recall: Double
        public let f1: Double
        /// Gold lines with this intent.
        public let support: Int
        /// What this intent's lines were wrongly predicted as, with counts, most first.
        public let confusedWith: [Confusion]
    }

    /// One wrong prediction target and how often.
    public struct Confusion: Sendable, Codable, Equatable {
        public let predicted: String
        public let count: Int
    }

    /// One line the matcher got wrong.
    public struct Miss: Sendable, Codable, Equatable {
        /// The file of the line when it is not the report's source (cross-validation).
        public let file: String?
        public let line: Int
        public let gold: String
        public let predicted: String
        public let confidence: Double
        /// `intent`, `clarify` or `out_of_scope`.
        public let decision: String
        public let text: String
    }

    public let source: String
    /// Lines scored (bad lines excluded).
    public let total: Int
    public let inScopeTotal: Int
    public let inScopeCorrect: Int
    /// inScopeCorrect / inScopeTotal.
    public let accuracy: Double
    public let outOfScopeTotal: Int
    public let outOfScopeRejected: Int
    /// outOfScopeRejected / outOfScopeTotal.
    public let outOfScopeRejection: Double
    /// In-scope lines wrongly answered out of scope.
    public let falseRejections: Int
    /// Out-of-scope lines answered confidently with an in-scope intent.
    public let falseAcceptances: Int
    /// Lines answered with a clarify question, and how many had the gold intent among the options.
    public let clarifyCount: Int
    public let clarifyContainingGold: Int
    public let intents: [IntentScore]
    public let misclassified: [Miss]
    /// Lines that could not be read.
    public let badLines: [CheckIssue]
}
