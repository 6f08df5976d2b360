import ExplainerCore
import ExplainerFAQ
import Foundation
import Testing

@Suite struct SuiteParsingTests {
    /// The error lines a suite text produces, or `["no error"]`.
    func errors(_ yaml: String, knownIntents: Set<String>? = nil) -> [String] {
        do {
            _ = try FAQSuiteParser.parse(yaml, file: "suite.yaml", knownIntents: knownIntents)
            return ["no error"]
        } catch {
            return error.errors.map(\.description)
        }
    }

    static let designExample = """
        cases:
          - name: repaid last night, limit not back yet
            user: demo-repaid
            now: 2026-11-20T10:00:00+08:00
            turns:
              - ask: 还了款为什么还是借不了？
                expect:
                  intent: borrow_blocked_after_repayment
                  reasons: [REPAYMENT_PROCESSING]     # these codes, in this order, lead the reasons
                  contains: ["2026-11-20"]            # substrings of the reply text
                  not_contains: ["overdue"]
              - ask: 那要等多久？
                expect: {intent: when_can_borrow}
        """

    @Test func readsTheDesignExample() throws {
        let suite = try FAQSuiteParser.parse(Self.designExample, file: "suite.yaml")
        #expect(suite.cases.count == 1)
        let c = try #require(suite.cases.first)
        #expect(c.name == "repaid last night, limit not back yet")
        #expect(c.line == 2)
        #expect(c.user == "demo-repaid")
        #expect(c.record == nil)
        #expect(Timestamp.isoString(c.now) == "2026-11-20T10:00:00+08:00")
        #expect(c.turns.map(\.ask) == ["还了款为什么还是借不了？", "那要等多久？"])
        #expect(c.turns.map(\.line) == [6, 12])
        #expect(c.turns[0].expect == FAQExpectation(intent: "borrow_blocked_after_repayment", reasons: [.REPAYMENT_PROCESSING],
                                                    contains: ["2026-11-20"], notContains: ["overdue"]))
        #expect(c.turns[1].expect == FAQExpectation(intent: "when_can_borrow"))
    }

    @Test func readsEveryExpectKeyAndCaseOption() throws {
        let suite = try FAQSuiteParser.parse("""
            cases:
              - name: all keys
                now: 2026-11-20
                lang: en
                turns:
                  - ask: why?
                    expect:
                      intent: borrow_unavailable
                      reasons: []
                      steps: [REPAY, WAIT]
                      contains: [2026-11-20, "¥1,200"]
                      not_contains: [overdue]
                      clarify: false
                      language: en
            """, file: "suite.yaml")
        let c = try #require(suite.cases.first)
        #expect(c.user == nil && c.record == nil && c.lang == "en")
        #expect(c.turns[0].expect == FAQExpectation(intent: "borrow_unavailable", reasons: [], steps: ["REPAY", "WAIT"],
                                                    contains: ["2026-11-20", "¥1,200"], notContains: ["overdue"],
                                                    clarify: false, language: "en"))
    }

    @Test func inlineRecordAndPlatformDecode() throws {
        let suite = try FAQSuiteParser.parse("""
            cases:
              - name: inline
                now: 2026-11-20T10:00:00+08:00
                record:
                  user_id: u-inline
                  account: {opened_at: 2024-03-01, status: normal}
                  loans:
                    - {id: L-88, product: jiebei, amount: 1200.5, borrowed_at: 2026-09-01, due_at: 2026-10-01, outstanding: 1200}
                platform:
                  funding: {status: exhausted, until: 2026-11-21}
                turns:
                  - ask: hi
                    expect: {intent: greeting}
            """, file: "suite.yaml")
        let c = try #require(suite.cases.first)
        let record = try #require(c.record)
        #expect(record.userID == "u-inline")
        #expect(record.loans.first?.amount == Money(yuan: 1200.5))
        #expect(record.loans.first?.outstanding == Money(yuan: 1200))
        #expect(c.platform?.funding.status == .exhausted)
    }

    @Test func yamlSyntaxErrorNamesTheLine() {
        #expect(errors("""
            cases:
              - name: a
                now: 2026-11-20
                turns: [
            """) == ["suite.yaml:5: YAML syntax error: did not find expected node content (while parsing a flow node, line 5)"])
        #expect(errors("cases:\n  - name: a\n    name: b\n") == [#"suite.yaml:2: duplicate key "name" in one mapping"#])
        #expect(errors("") == ["suite.yaml: is empty; a suite is a mapping with a cases list"])
        #expect(errors("- a\n- b\n") == ["suite.yaml:1: should be a mapping with a cases list"])
        #expect(errors("cases: []\n") == ["suite.yaml:1: cases: should list at least one case"])
        #expect(errors("cases:\n  - name: a\u{1}b\n") == ["suite.yaml:2: YAML syntax error: control characters are not allowed"])
        #expect(errors("cases: [a]\n---\ncases: [b]\n")
                == ["suite.yaml:2: a second YAML document starts here; a suite file holds one document"])
    }

    @Test func caseWithoutNameNowOrTurns() {
        #expect(errors("""
            cases:
              - now: 2026-11-20
                turns: [{ask: hi, expect: {intent: greeting}}]
              - name: no time
                turns: [{ask: hi, expect: {intent: greeting}}]
              - name: no turns
                now: 2026-11-20
              - name: empty turns
                now: 2026-11-20
                turns: []
              - just text
            """) == [
                "suite.yaml:2: the case has no name",
                #"suite.yaml:4: case "no time" has no now (an ISO 8601 time such as 2026-11-20T10:00:00+08:00)"#,
                #"suite.yaml:6: case "no turns" has no turns"#,
                "suite.yaml:10: turns: should list at least one turn",
                "suite.yaml:11: a case should be a mapping with name, now and turns",
            ])
    }

    @Test func userAndRecordTogetherAndBadNow() {
        #expect(errors("""
            cases:
              - name: both
                now: 2026-11-20
                user: demo-repaid
                record: {user_id: x, account: {opened_at: 2024-01-01}}
                turns: [{ask: hi, expect: {intent: greeting}}]
              - name: bad time
                now: 2026-13-01
                turns: [{ask: hi, expect: {intent: greeting}}]
              - name: bad lang
                now: 2026-11-20
                lang: fr
                turns: [{ask: hi, expect: {intent: greeting}}]
            """) == [
                #"suite.yaml:5: case "both" names both user and record; give one of them"#,
                #"suite.yaml:8: now: "2026-13-01" is not an ISO 8601 date"#,
                #"suite.yaml:12: lang: "fr" is not one of auto, zh, en"#,
            ])
    }

    @Test func recordFieldErrorsNameTheFieldLine() {
        #expect(errors("""
            cases:
              - name: bad record
                now: 2026-11-20
                record:
                  user_id: u1
                  account: {opened_at: 2024-01-01}
                  loans:
                    - id: L-1
                      amount: 100
                      borrowed_at: 2026-01-01
                      due_at: 2026-13-01
                turns: [{ask: hi, expect: {intent: greeting}}]
              - name: missing account
                now: 2026-11-20
                record: {user_id: u2}
                turns: [{ask: hi, expect: {intent: greeting}}]
              - name: bad platform
                now: 2026-11-20
                platform: {bureau: {status: sideways}}
                turns: [{ask: hi, expect: {intent: greeting}}]
              - name: record not a mapping
                now: 2026-11-20
                record: u-1001
                turns: [{ask: hi, expect: {intent: greeting}}]
            """) == [
                #"suite.yaml:11: record.loans[0].due_at: "2026-13-01" is not an ISO 8601 date"#,
                "suite.yaml:15: record.account: is required but missing",
                #"suite.yaml:19: platform.bureau.status: "sideways" is not one of up, down"#,
                "suite.yaml:23: record: should be a mapping",
            ])
    }

    @Test func badReasonCodeAndNonListContains() {
        #expect(errors("""
            cases:
              - name: codes
                now: 2026-11-20
                turns:
                  - ask: hi
                    expect:
                      reasons:
                        - CURRENT_OVERDUE
                        - REPAYMENT_PENDING
              - name: text
                now: 2026-11-20
                turns:
                  - ask: hi
                    expect:
                      contains: "2026-11-20"
              - name: nothing
                now: 2026-11-20
                turns:
                  - ask: hi
                    expect: {}
              - name: not bool
                now: 2026-11-20
                turns:
                  - ask: hi
                    expect: {clarify: maybe}
            """) == [
                #"suite.yaml:9: turns[0].expect.reasons[1]: "REPAYMENT_PENDING" is not a reason code (did you mean REPAYMENT_PROCESSING?)"#,
                "suite.yaml:15: turns[0].expect.contains: should be a list of strings",
                "suite.yaml:20: turns[0].expect: should name at least one of intent, reasons, steps, contains, not_contains, clarify, language",
                "suite.yaml:25: turns[0].expect.clarify: should be true or false",
            ])
    }

    @Test func unknownKeysAnywhereAreErrors() {
        #expect(errors("""
            cases:
              - name: typo in expect
                now: 2026-11-20
                turns:
                  - ask: hi
                    expect: {intent: greeting, not_contain: [x]}
              - name: typo in case
                now: 2026-11-20
                usr: demo
                turns: [{ask: hi, expect: {intent: greeting}}]
              - name: typo in turn
                now: 2026-11-20
                turns:
                  - ask: hi
                    expct: {intent: greeting}
              - name: stranger
                now: 2026-11-20
                turns:
                  - ask: hi
                    expect: {intent: greeting, colour: blue}
            """) == [
                #"suite.yaml:6: turns[0].expect: unknown key "not_contain" (did you mean not_contains?)"#,
                #"suite.yaml:9: unknown key "usr" (did you mean user?)"#,
                #"suite.yaml:15: turns[0]: unknown key "expct" (did you mean expect?)"#,
                #"suite.yaml:20: turns[0].expect: unknown key "colour" (expected one of intent, reasons, steps, contains, not_contains, clarify, language)"#,
            ])
        #expect(errors("case:\n  - name: a\n") == [#"suite.yaml:1: unknown key "case" (did you mean cases?)"#])
    }

    @Test func duplicateCaseNamesAndKnownIntents() {
        let yaml = """
            cases:
              - name: same
                now: 2026-11-20
                turns: [{ask: hi, expect: {intent: greting}}]
              - name: same
                now: 2026-11-20
                turns: [{ask: hi, expect: {intent: greeting}}]
            """
        #expect(errors(yaml) == [#"suite.yaml:5: a case named "same" already appears on line 2"#])
        #expect(errors(yaml, knownIntents: ["greeting", "thanks"]) == [
            #"suite.yaml:4: turns[0].expect.intent: "greting" is not a known intent (did you mean greeting?)"#,
            #"suite.yaml:5: a case named "same" already appears on line 2"#,
        ])
    }

    @Test func anchorsShareARecordBetweenCases() throws {
        let suite = try FAQSuiteParser.parse("""
            cases:
              - name: first
                now: 2026-11-20
                record: &li {user_id: u-li, account: {opened_at: 2024-03-01}}
                turns: [{ask: hi, expect: &greets {intent: greeting}}]
              - name: second
                now: 2026-12-20
                record: *li
                turns: [{ask: hello, expect: *greets}]
            """, file: "suite.yaml")
        #expect(suite.cases.map { $0.record?.userID } == ["u-li", "u-li"])
        #expect(suite.cases[1].turns[0].expect == FAQExpectation(intent: "greeting"))
    }
}
