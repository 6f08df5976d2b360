import Testing
@testable import ExplainerNLU

@Suite struct EvalReportTests {
    @Test func badLinesAreReportedWithLineNumbers() {
        let set = LabelledSet(parsing: "appeal\t怎么申诉\n\nno tab here\n# comment\nbogus\tsomething\n\tempty intent\n",
                              source: "dev.tsv", knownIntents: Set(IntentID.all))
        #expect(set.questions.map(\.line) == [1])
        #expect(set.problems.map(\.description) == [
            "dev.tsv:3: error: expected 'intent<TAB>question'",
            "dev.tsv:5: error: unknown intent 'bogus'",
            "dev.tsv:6: error: the intent and the question must both be non-empty",
        ])
    }

    @Test func scoresAccuracyRejectionAndConfusions() throws {
        let m = IntentMatcher(examples: [
            ("apples", "apple pie"), ("apples", "red apple"), ("apples", "apple juice"),
            ("pears", "pear tart"), ("pears", "ripe pear"), ("pears", "pear juice"),
            ("out_of_scope", "weather today"), ("out_of_scope", "stock market"), ("out_of_scope", "football news"),
        ])
        let set = LabelledSet(parsing: "apples\tapple pie\npears\tripe pear\npears\tred apple\nout_of_scope\tweather today\n", source: "t.tsv")
        let r = EvalReport.evaluate(m, on: set)
        #expect(r.inScopeTotal == 3)
        #expect(r.inScopeCorrect == 2)
        #expect(r.outOfScopeRejected == 1)
        #expect(r.misclassified.map(\.line) == [3])
        #expect(r.intents.first { $0.intent == "pears" }?.confusedWith == [EvalReport.Confusion(predicted: "apples", count: 1)])
        #expect(r.renderText().contains("t.tsv:3: pears → apples"))
        #expect(try r.renderJSON().contains("\"in_scope_correct\" : 2"))
    }
}
