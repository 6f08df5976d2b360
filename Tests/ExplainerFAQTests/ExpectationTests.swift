import ExplainerCore
import ExplainerFAQ
import Testing

@Suite struct ExpectationTests {
    let reply = Replies.repaid

    func keys(_ e: FAQExpectation) -> [String] {
        e.mismatches(in: reply).map(\.key)
    }

    @Test func everyKindPassesWhenMet() {
        let e = FAQExpectation(intent: "borrow_blocked_after_repayment", reasons: [.REPAYMENT_PROCESSING],
                               steps: ["RETRY"], contains: ["2026-11-20", "入账"], notContains: ["overdue"],
                               clarify: false, language: "zh")
        #expect(e.mismatches(in: reply).isEmpty)
    }

    @Test func everyKindFailsWithExpectedAndGot() {
        let e = FAQExpectation(intent: "when_can_borrow", reasons: [.LIMIT_USED_UP], steps: ["RETRY", "WAIT_SETTLEMENT"],
                               contains: ["2026-12-01"], notContains: ["入账"], clarify: true, language: "en")
        #expect(e.mismatches(in: reply) == [
            FAQMismatch(key: "intent", expected: "when_can_borrow", got: "borrow_blocked_after_repayment (confidence 0.92)"),
            FAQMismatch(key: "reasons", expected: "LIMIT_USED_UP first", got: "REPAYMENT_PROCESSING, LIMIT_USED_UP"),
            FAQMismatch(key: "steps", expected: "RETRY, WAIT_SETTLEMENT, in this order", got: "WAIT_SETTLEMENT, RETRY"),
            FAQMismatch(key: "contains \"2026-12-01\"", expected: "the reply contains it", got: "not found"),
            FAQMismatch(key: "not_contains \"入账\"", expected: "the reply does not contain it", got: "found"),
            FAQMismatch(key: "clarify", expected: "true", got: "false"),
            FAQMismatch(key: "language", expected: "en", got: "zh"),
        ])
    }

    @Test func reasonsAreTheLeadingCodesInOrder() {
        #expect(keys(FAQExpectation(reasons: [.REPAYMENT_PROCESSING])) == [])
        #expect(keys(FAQExpectation(reasons: [.REPAYMENT_PROCESSING, .LIMIT_USED_UP])) == [])
        // present but not leading
        #expect(keys(FAQExpectation(reasons: [.LIMIT_USED_UP])) == ["reasons"])
        // right codes, wrong order
        #expect(keys(FAQExpectation(reasons: [.LIMIT_USED_UP, .REPAYMENT_PROCESSING])) == ["reasons"])
        // more than the reply gives
        #expect(keys(FAQExpectation(reasons: [.REPAYMENT_PROCESSING, .LIMIT_USED_UP, .CURRENT_OVERDUE])) == ["reasons"])
        // [] means no reasons at all
        #expect(keys(FAQExpectation(reasons: [])) == ["reasons"])
        #expect(FAQExpectation(reasons: []).mismatches(in: Replies.hello).isEmpty)
        #expect(FAQExpectation(reasons: []).mismatches(in: reply).first?.expected == "no reasons")
    }

    @Test func stepsMustAppearInOrderWithOthersBetween() {
        #expect(keys(FAQExpectation(steps: ["WAIT_SETTLEMENT", "RETRY"])) == [])
        #expect(keys(FAQExpectation(steps: ["RETRY"])) == [])
        #expect(keys(FAQExpectation(steps: ["RETRY", "WAIT_SETTLEMENT"])) == ["steps"])
        #expect(keys(FAQExpectation(steps: ["VERIFY_INCOME"])) == ["steps"])
        #expect(keys(FAQExpectation(steps: [])) == ["steps"])
        #expect(FAQExpectation(steps: ["RETRY"]).mismatches(in: Replies.hello).first?.got == "(none)")
    }

    @Test func containsChecksEachSubstring() {
        #expect(keys(FAQExpectation(contains: ["2026-11-20", "nowhere", "到时"])) == [#"contains "nowhere""#])
        #expect(keys(FAQExpectation(notContains: ["overdue", "额度", "逾期"])) == [#"not_contains "额度""#])
    }
}
