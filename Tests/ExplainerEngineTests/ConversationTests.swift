import ExplainerCore
import ExplainerEngine
import Foundation
import Testing

/// The engine end to end: routing from questions to plugins, follow-ups in a session,
/// clarification, small talk and questions without an account.
@Suite struct ConversationTests {
    let engine = EngineFixtures.engine
    let now = EngineFixtures.now

    @Test func repaidCustomerAsksInChineseThenFollowsUp() throws {
        let record = try EngineFixtures.customer("demo-repaid")
        var s = Session(userID: record.userID)
        let first = engine.ask("还了款为什么借不了", session: &s, record: record, now: now)
        #expect(first.intent == "borrow_blocked_after_repayment")
        #expect(first.reasons.first?.code == .REPAYMENT_PROCESSING)
        #expect(first.language == .zh)
        let next = engine.ask("那要等多久？", session: &s, record: record, now: now)
        #expect(next.intent == "when_can_borrow")
        #expect(next.text.contains("2026-11-20 22:10"), "\(next.text)")
    }

    @Test func sameInEnglish() throws {
        let record = try EngineFixtures.customer("demo-repaid")
        var s = Session()
        let r = engine.ask("I paid back my loan last night, why can't I borrow again?", session: &s, record: record, now: now)
        #expect(r.intent == "borrow_blocked_after_repayment")
        #expect(r.language == .en)
        #expect(r.reasons.first?.code == .REPAYMENT_PROCESSING)
        let how = engine.ask("how long?", session: &s, record: record, now: now)
        #expect(how.intent == "when_can_borrow")
        #expect(how.text.contains("2026-11-20 22:10"))
    }

    @Test func whyThenWhatToDoThenHowLong() throws {
        let record = try EngineFixtures.customer("demo-overdue")
        var s = Session()
        let first = engine.ask("借呗为什么用不了", session: &s, record: record, now: now)
        #expect(first.reasons.first?.code == .CURRENT_OVERDUE)
        let why = engine.ask("为什么？", session: &s, record: record, now: now)
        #expect(why.intent == first.intent)
        let todo = engine.ask("那怎么办", session: &s, record: record, now: now)
        #expect(todo.intent == "how_to_improve")
        #expect(todo.steps.first?.action == "repay_overdue")
        #expect(todo.text.contains("¥1,200"))
        let long = engine.ask("要多久", session: &s, record: record, now: now)
        #expect(long.intent == "when_can_borrow")
        #expect(long.text.contains("2027-02-18"), "\(long.text)")
    }

    @Test func noRecordGetsGeneralCausesAndAsksForTheAccount() {
        var s = Session()
        let r = engine.ask("why can't I borrow on jiebei?", session: &s, record: nil, now: now)
        #expect(r.intent == "borrow_unavailable")
        #expect(r.reasons.isEmpty)
        #expect(r.text.split(separator: "\n").count >= 4)
    }

    @Test func outOfScopeAndSmallTalk() {
        var s = Session()
        #expect(engine.ask("明天北京天气怎么样", session: &s, record: nil, now: now).intent == "out_of_scope")
        #expect(engine.ask("谢谢你", session: &s, record: nil, now: now).intent == "thanks")
        #expect(engine.ask("hello", session: &s, record: nil, now: now).intent == "greeting")
    }

    @Test func clarifyingQuestionAcceptsANumberedChoice() throws {
        let record = try EngineFixtures.customer("demo-symbolic")
        var s = Session()
        s.pendingChoice = ["limit_tiny", "limit_dropped"]
        let r = engine.ask("1", session: &s, record: record, now: now)
        #expect(r.intent == "limit_tiny")
        #expect(r.reasons.first?.code == .SYMBOLIC_LIMIT)
        #expect(s.pendingChoice.isEmpty)
    }

    @Test func clarifyingQuestionAcceptsAChoiceInWords() throws {
        let record = try EngineFixtures.customer("demo-symbolic")
        for (reply, intent) in [("第二个", "limit_dropped"), ("the first one", "limit_tiny"), ("那就第一个吧", "limit_tiny")] {
            var s = Session()
            s.pendingChoice = ["limit_tiny", "limit_dropped"]
            let r = engine.ask(reply, session: &s, record: record, now: now)
            #expect(r.intent == intent, "\(reply)")
            #expect(s.pendingChoice.isEmpty)
        }
    }

    @Test func choiceWordsWithoutAPendingQuestionAreOrdinaryText() {
        var s = Session()
        let r = engine.ask("第二个", session: &s, record: nil, now: now)
        #expect(!r.alternatives.isEmpty, "classified as a question, not taken as a choice")
        #expect(r.intent != "limit_dropped")
    }

    @Test func bareFollowUpRightAfterAClarifyingQuestionTakesItsFirstOption() throws {
        let record = try EngineFixtures.customer("demo-symbolic")
        var s = Session()
        s.pendingChoice = ["limit_tiny", "limit_dropped"]
        let why = engine.ask("为啥", session: &s, record: record, now: now)
        #expect(why.intent == "limit_tiny")
        #expect(why.reasons.first?.code == .SYMBOLIC_LIMIT)
        #expect(s.pendingChoice.isEmpty)
        var t = Session()
        t.pendingChoice = ["limit_tiny", "limit_dropped"]
        #expect(engine.ask("那还要几周啊", session: &t, record: record, now: now).intent == "when_can_borrow")
    }

    @Test func routesEachDemoSituationFromAQuestion() throws {
        try assertExplains("demo-card-expired", "额度提了但是钱没到账，借款失败了", intent: "disbursement_failed", reasons: [.BANK_CARD_PROBLEM])
        try assertExplains("demo-symbolic", "为什么我只能借1块钱", intent: "limit_tiny", reasons: [.SYMBOLIC_LIMIT])
        try assertExplains("demo-first-open", "借呗开通不了是怎么回事", intent: "cannot_open", reasons: [.NOT_OPENED])
        try assertExplains("demo-overdue", "what can I do to borrow again?", intent: "how_to_improve", reasons: [.CURRENT_OVERDUE])
        try assertExplains("demo-maintenance", "借呗暂时无法使用该服务", intent: "borrow_unavailable", reasons: [.SYSTEM_MAINTENANCE],
                           platform: "maintenance")
        try assertExplains("demo-frozen", "我要申诉", intent: "appeal", reasons: [.ACCOUNT_RESTRICTED])
    }

    @Test func confidentialReasonsRevealNoRule() throws {
        for id in ["demo-aml-review", "demo-cycling", "demo-abnormal-login"] {
            let record = try EngineFixtures.customer(id)
            for lang in Lang.allCases {
                let r = try engine.diagnose(record: record, now: now, lang: lang)
                let lower = r.text.lowercased()
                #expect(!lower.contains("launder") && !r.text.contains("洗钱") && !lower.contains("aml"), "\(r.text)")
                #expect(!r.text.contains("3 笔") && !lower.contains("three loans"))
            }
        }
    }
}
