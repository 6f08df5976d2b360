import Testing
@testable import ExplainerNLU

@Suite struct MatcherTests {
    func decision(_ text: String) throws -> MatchDecision {
        try #require(Fixtures.matcher).match(text).decision
    }

    @Test(arguments: [
        ("借呗额度只有1块钱，别的都用不了", "limit_tiny"),
        ("my huabei limit is zero and I can't pay", "huabei_no_limit"),
        ("怎么申诉", "appeal"),
        ("how long until I can borrow again", "when_can_borrow"),
        ("transfer me to a human", "human_agent"),
    ])
    func clearQuestionsInBothLanguages(text: String, intent: String) throws {
        #expect(try decision(text) == .intent(intent))
    }

    @Test(arguments: [
        "明天上海天气怎么样", "what's the price of tesla stock", "帮我点一份外卖",
        "how do I change my avatar", "给我讲个笑话吧", "recommend a cheap hotel in hangzhou",
    ])
    func outOfScopeQuestionsAreRejected(text: String) throws {
        #expect(try decision(text) == .outOfScope)
    }

    @Test func resultCarriesLanguageAmountsAndSortedCandidates() throws {
        let r = try #require(Fixtures.matcher).match("为什么我的借呗只能借¥1？")
        #expect(r.language == .zh)
        #expect(r.amounts.map(\.yuan) == [1])
        #expect(r.normalizedText.contains("<amount>"))
        #expect(r.candidates.map(\.confidence) == r.candidates.map(\.confidence).sorted(by: >))
        let total = r.candidates.reduce(0) { $0 + $1.confidence }
        #expect(abs(total - 1) < 1e-6)
    }

    @Test func emptyOrUnknownTextIsOutOfScope() throws {
        let m = try #require(Fixtures.matcher)
        #expect(m.match("").decision == .outOfScope)
        #expect(m.match("🙂🙂").decision == .outOfScope)
        #expect(m.match("zxqv wmpt").decision == .outOfScope)
    }

    @Test func twoEquallyLikelyIntentsGiveAClarifyWithBoth() {
        var converged = MatcherConfiguration()
        converged.epochs = 300  // tiny data: train to convergence so the tie is a real tie
        let m = IntentMatcher(examples: [
            ("plums", "fruit plum"), ("plums", "plum tart"), ("plums", "plum jam"),
            ("pears", "fruit pear"), ("pears", "pear cake"), ("pears", "pear jam"),
            ("out_of_scope", "weather today"), ("out_of_scope", "stock prices"),
        ], configuration: converged)
        guard case .clarify(let options) = m.match("fruit").decision else {
            Issue.record("expected a clarify for an equally likely pair: \(m.match("fruit"))")
            return
        }
        #expect(Set(options) == ["plums", "pears"])
        #expect(m.match("plum tart please").decision == .intent("plums"))
    }

    @Test func fallbackPolicyFollowsThresholdAndAmbiguity() {
        var c = MatcherConfiguration()
        c.threshold = 0.4
        c.ambiguity = 0.1
        let m = IntentMatcher(examples: [("a", "x"), ("out_of_scope", "y")], configuration: c)
        func cand(_ pairs: (String, Double)...) -> [IntentCandidate] { pairs.map { IntentCandidate(intent: $0.0, confidence: $0.1) } }
        #expect(m.decide(cand(("a", 0.8), ("b", 0.1))) == .intent("a"))
        #expect(m.decide(cand(("a", 0.45), ("b", 0.40))) == .clarify(["a", "b"]))
        #expect(m.decide(cand(("a", 0.45), ("out_of_scope", 0.40))) == .clarify(["a"]))
        #expect(m.decide(cand(("a", 0.30), ("b", 0.25))) == .clarify(["a", "b"]))
        #expect(m.decide(cand(("a", 0.30), ("b", 0.10))) == .outOfScope)
        #expect(m.decide(cand(("out_of_scope", 0.9), ("a", 0.05))) == .outOfScope)
    }

    @Test func domainThresholdAsksInsteadOfRejectingCreditTalk() {
        var c = MatcherConfiguration()
        c.threshold = 0.4
        c.domainThreshold = 0.7
        let m = IntentMatcher(examples: [("a", "x"), ("out_of_scope", "y")], configuration: c)
        func cand(_ pairs: (String, Double)...) -> [IntentCandidate] { pairs.map { IntentCandidate(intent: $0.0, confidence: $0.1) } }
        #expect(m.decide(cand(("a", 0.30), ("c", 0.25), ("b", 0.20), ("out_of_scope", 0.25))) == .clarify(["a", "c"]))
        #expect(m.decide(cand(("out_of_scope", 0.28), ("a", 0.27), ("b", 0.25), ("c", 0.20))) == .clarify(["a", "b"]))
        #expect(m.decide(cand(("out_of_scope", 0.35), ("a", 0.30), ("b", 0.20), ("c", 0.15))) == .outOfScope)
        #expect(m.decide(cand(("a", 0.38), ("out_of_scope", 0.31), ("b", 0.20), ("c", 0.11))) == .outOfScope)
    }

    @Test func trainingIsDeterministic() throws {
        let catalog = try #require(Fixtures.catalog)
        let a = IntentMatcher(catalog: catalog).match("借呗为什么突然降额")
        let b = IntentMatcher(catalog: catalog).match("借呗为什么突然降额")
        #expect(a == b)
    }
}
