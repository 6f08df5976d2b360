import ExplainerCore
import ExplainerFAQ
import Testing

@Suite struct RunnerTests {
    static let passing = """
        cases:
          - name: repaid last night, limit not back yet
            user: demo-repaid
            now: 2026-11-20T10:00:00+08:00
            turns:
              - ask: 还了款为什么还是借不了？
                expect:
                  intent: borrow_blocked_after_repayment
                  reasons: [REPAYMENT_PROCESSING]
                  contains: ["2026-11-20"]
                  not_contains: ["overdue"]
              - ask: 那要等多久？
                expect: {intent: when_can_borrow, language: zh}
          - name: greeting
            now: 2026-11-20
            turns:
              - ask: hi
                expect: {intent: greeting, clarify: false}
        """

    @Test func passingSuitePrintsOneLinePerCaseAndTotals() async throws {
        let (text, result) = try await Fixture(["basics.yaml": Self.passing]).run(["basics.yaml"], subject: Replies.subject)
        #expect(text == """
            PASS  basics.yaml: repaid last night, limit not back yet
            PASS  basics.yaml: greeting

            2 passed, 0 failed
            """)
        #expect(result.exitCode == 0)
        #expect(result.passed == 2 && result.failed == 0)
    }

    @Test func brokenExpectationPrintsAReadableDiff() async throws {
        let broken = Self.passing
            .replacingOccurrences(of: "expect: {intent: when_can_borrow, language: zh}",
                                  with: "expect: {intent: how_to_improve, contains: [\"2026-12-01\"]}")
        let (text, result) = try await Fixture(["basics.yaml": broken]).run(["basics.yaml"], subject: Replies.subject)
        #expect(text == """
            FAIL  basics.yaml: repaid last night, limit not back yet
            PASS  basics.yaml: greeting

            basics.yaml:2: repaid last night, limit not back yet
              turn 2: 那要等多久？
                intent
                  expected: how_to_improve
                  got:      when_can_borrow (confidence 0.88)
                contains "2026-12-01"
                  expected: the reply contains it
                  got:      not found
                reply:
                  2026-11-20 22:10 之后就可以借款。

            1 passed, 1 failed
            """)
        #expect(result.exitCode == 1)
    }

    @Test func multiLineRepliesAreIndentedAndEveryFailingTurnIsShown() async throws {
        let suite = """
            cases:
              - name: two misses
                user: demo-repaid
                now: 2026-11-20T10:00:00+08:00
                turns:
                  - ask: 还了款为什么还是借不了？
                    expect: {reasons: [LIMIT_USED_UP]}
                  - ask: hi
                    expect: {language: zh}
            """
        let (text, _) = try await Fixture(["a.yaml": suite]).run(["a.yaml"], subject: Replies.subject)
        #expect(text == """
            FAIL  a.yaml: two misses

            a.yaml:2: two misses
              turn 1: 还了款为什么还是借不了？
                reasons
                  expected: LIMIT_USED_UP first
                  got:      REPAYMENT_PROCESSING, LIMIT_USED_UP
                reply:
                  您昨晚 22:10 的还款还在入账中，2026-11-20 22:10 后额度恢复。
                  到时再试即可。
              turn 2: hi
                language
                  expected: zh
                  got:      en
                reply:
                  Hello! Ask me why you can't borrow.

            0 passed, 1 failed
            """)
    }

    @Test func subjectErrorsFailOnlyThatCase() async throws {
        var subject = Replies.subject
        subject.failingQuestion = "那要等多久？"
        let suite = """
            cases:
              - name: stranger
                user: nobody
                now: 2026-11-20
                turns: [{ask: hi, expect: {intent: greeting}}]
              - name: engine breaks
                user: demo-repaid
                now: 2026-11-20
                turns:
                  - {ask: 还了款为什么还是借不了？, expect: {intent: borrow_blocked_after_repayment}}
                  - {ask: 那要等多久？, expect: {intent: when_can_borrow}}
                  - {ask: hi, expect: {intent: greeting}}
              - name: still runs
                now: 2026-11-20
                turns: [{ask: hi, expect: {intent: greeting}}]
            """
        let (text, result) = try await Fixture(["a.yaml": suite]).run(["a.yaml"], subject: subject)
        #expect(text == """
            FAIL  a.yaml: stranger
            FAIL  a.yaml: engine breaks
            PASS  a.yaml: still runs

            a.yaml:2: stranger
              the conversation could not start
                error: unknown user "nobody"

            a.yaml:6: engine breaks
              turn 2: 那要等多久？
                error: the engine lost its knowledge files

            1 passed, 2 failed
            """)
        #expect(result.exitCode == 1)
    }

    @Test func theRunnerPassesTheCaseSettingsToTheSubject() async throws {
        let subject = Replies.subject
        let suite = """
            cases:
              - name: inline
                now: 2026-11-20T10:00:00+08:00
                lang: zh
                record: {user_id: u-inline, account: {opened_at: 2024-03-01}}
                platform: {bureau: {status: down}}
                turns: [{ask: hi, expect: {intent: greeting}}]
            """
        let (_, result) = try await Fixture(["a.yaml": suite]).run(["a.yaml"], subject: subject)
        #expect(result.exitCode == 0)
        let start = try #require(subject.log.all.first)
        #expect(start.user == nil)
        #expect(start.record?.userID == "u-inline")
        #expect(start.platform?.bureau.status == .down)
        #expect(start.lang == "zh")
        #expect(Timestamp.isoString(start.now) == "2026-11-20T10:00:00+08:00")
    }

    @Test func malformedSuiteFailsTheRunButOthersStillRun() async throws {
        let bad = """
            cases:
              - name: typo
                now: 2026-11-20
                turns:
                  - ask: hi
                    expect: {intnet: greeting}
              - name: bad time
                now: yesterday
                turns: [{ask: hi, expect: {intent: greeting}}]
            """
        let good = "cases:\n  - {name: hello, now: 2026-11-20, turns: [{ask: hi, expect: {intent: greeting}}]}\n"
        let (text, result) = try await Fixture(["a.yaml": bad, "b.yaml": good]).run(["."], subject: Replies.subject)
        #expect(text == """
            FAIL  ./a.yaml: malformed suite, no case run
            PASS  ./b.yaml: hello

            ./a.yaml: malformed suite
              ./a.yaml:6: turns[0].expect: unknown key "intnet" (did you mean intent?)
              ./a.yaml:8: now: "yesterday" is not an ISO 8601 date

            1 passed, 1 failed
            """)
        #expect(result.exitCode == 1)
    }

    @Test func missingPathsAndEmptyFoldersFail() async throws {
        let fixture = try Fixture(["empty/notes.txt": "not a suite"])
        let (text, result) = await fixture.run(["nope.yaml", "empty"], subject: Replies.subject)
        #expect(text == """
            FAIL  nope.yaml: malformed suite, no case run
            FAIL  empty: malformed suite, no case run

            nope.yaml: malformed suite
              nope.yaml: no such file or folder

            empty: malformed suite
              empty: holds no .yaml or .yml files

            0 passed, 2 failed
            """)
        #expect(result.exitCode == 1)
    }

    @Test func foldersAreSearchedRecursivelyAndSorted() async throws {
        func suite(_ name: String) -> String {
            "cases:\n  - {name: \(name), now: 2026-11-20, turns: [{ask: hi, expect: {intent: greeting}}]}\n"
        }
        let fixture = try Fixture([
            "faq/b.yaml": suite("b"), "faq/a.yml": suite("a"), "faq/sub/c.yaml": suite("c"),
            "faq/sub/deeper/a.yaml": suite("deep"), "faq/readme.md": "# not a suite", "faq/.hidden.yaml": "broken: [",
        ])
        let (text, result) = await fixture.run(["faq"], subject: Replies.subject)
        #expect(text == """
            PASS  faq/a.yml: a
            PASS  faq/b.yaml: b
            PASS  faq/sub/c.yaml: c
            PASS  faq/sub/deeper/a.yaml: deep

            4 passed, 0 failed
            """)
        #expect(result.exitCode == 0)
    }

    @Test func filterRunsOnlyMatchingCases() async throws {
        let fixture = try Fixture(["basics.yaml": Self.passing])
        let (text, result) = await fixture.run(["basics.yaml"], filter: "limit not back", subject: Replies.subject)
        #expect(text == """
            PASS  basics.yaml: repaid last night, limit not back yet

            1 passed, 0 failed
            """)
        #expect(result.exitCode == 0)
    }

    @Test func filterMatchingNothingFails() async throws {
        let fixture = try Fixture(["basics.yaml": Self.passing])
        let (text, result) = await fixture.run(["basics.yaml"], filter: "weather", subject: Replies.subject)
        #expect(text == """

            no case matches --filter "weather"

            0 passed, 0 failed
            """)
        #expect(result.exitCode == 1)
    }

    @Test func unknownIntentsAreCaughtWhenTheSubjectListsThem() async throws {
        var subject = Replies.subject
        subject.intents = ["greeting", "when_can_borrow", "borrow_blocked_after_repayment"]
        let suite = "cases:\n  - {name: typo, now: 2026-11-20, turns: [{ask: hi, expect: {intent: greting}}]}\n"
        let (text, result) = try await Fixture(["a.yaml": suite]).run(["a.yaml"], subject: subject)
        #expect(text.contains(#"a.yaml:2: turns[0].expect.intent: "greting" is not a known intent (did you mean greeting?)"#))
        #expect(result.exitCode == 1)
    }
}
