import Testing
@testable import ExplainerNLU

/// Fresh questions written for this test only (not in intents/ nor in the dev set):
/// the matcher must generalise to them.
@Suite struct HeldOutTests {
    @Test(arguments: [
        ("上周刚把借呗的钱全部还回去了，今天再想借一笔怎么就不行了", "borrow_blocked_after_repayment"),
        ("I cleared every cent I owed on Jiebei, why does a new loan get refused now", "borrow_blocked_after_repayment"),
        ("借呗那里一点进去就说暂时没法为您服务", "borrow_unavailable"),
        ("账户里的借呗额度看得到，能借出来的却只有一块", "limit_tiny"),
        ("借呗的额度前几天还好好的，这两天被砍得只剩三千", "limit_dropped"),
        ("jiebei cut my credit line from 40k to 4k last night", "limit_dropped"),
        ("额度上调了可借款的时候一直提示失败", "disbursement_failed"),
        ("the loan was approved but nothing came into my bank card", "disbursement_failed"),
        ("花呗怎么突然付不了款了", "huabei_no_limit"),
        ("支付宝里压根找不到借呗这个功能", "cannot_open"),
        ("what drags a sesame score down", "score_question"),
        ("有没有什么办法能把额度提上去", "how_to_improve"),
        ("借呗大概还要多少天才能重新借", "when_can_borrow"),
        ("I think the limit cut is a mistake and want to dispute it", "appeal"),
        ("帮我看一下我现在借呗还剩多少能借", "my_status"),
    ])
    func generalisesToUnseenQuestions(text: String, intent: String) throws {
        let r = try #require(Fixtures.matcher).match(text)
        #expect(r.decidedIntent == intent, "\(text) → \(r.decision) \(r.candidates.prefix(3))")
    }

    @Test(arguments: [
        "高铁上能用充电宝吗", "how many calories are in a banana", "帮我查下明天杭州到上海的航班",
        "which team won the NBA finals", "淘宝的优惠券怎么领", "how do I reset my email password",
    ])
    func rejectsUnseenOffTopicQuestions(text: String) throws {
        let r = try #require(Fixtures.matcher).match(text)
        #expect(r.decidedIntent == "out_of_scope", "\(text) → \(r.decision) \(r.candidates.prefix(3))")
    }
}
