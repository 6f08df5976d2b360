import ExplainerCore
import ExplainerEngine
import Foundation
import Testing

/// Each demo customer's principal reasons, pinned through `diagnose` with the intent of their situation.
@Suite struct DemoCustomerTests {
    static let cases: [(customer: String, intent: String, platform: String?, reasons: [ReasonCode], canBorrow: Bool)] = [
        ("demo-repaid", "borrow_blocked_after_repayment", nil, [.REPAYMENT_PROCESSING], false),
        ("demo-card-expired", "disbursement_failed", nil, [.BANK_CARD_PROBLEM], false),
        ("demo-symbolic", "limit_tiny", nil, [.SYMBOLIC_LIMIT, .GRAY_RELEASE], false),
        ("demo-score-drop", "limit_dropped", nil, [.SCORE_BELOW_THRESHOLD, .SCORE_DROPPED, .MULTI_LENDING, .TOO_MANY_INQUIRIES], false),
        ("demo-first-open", "cannot_open", nil, [.NOT_OPENED, .SCORE_BELOW_THRESHOLD, .INCOME_UNVERIFIED, .TOO_MANY_INQUIRIES], false),
        ("demo-huabei-full", "limit_tiny", nil, [.EXPOSURE_CAP], false),
        ("demo-maintenance", "borrow_unavailable", "maintenance", [.SYSTEM_MAINTENANCE], false),
        ("demo-overdue", "borrow_unavailable", nil, [.CURRENT_OVERDUE], false),
        ("demo-inquiries", "borrow_unavailable", nil, [.TOO_MANY_INQUIRIES], false),
        ("demo-phone-change", "borrow_unavailable", nil, [.RECENT_INFO_CHANGE], false),
        ("demo-abnormal-login", "borrow_unavailable", nil, [.ACCOUNT_ABNORMAL], false),
        ("demo-healthy", "borrow_unavailable", nil, [], true),
        ("demo-frozen", "appeal", nil, [.ACCOUNT_RESTRICTED], false),
        ("demo-aml-review", "borrow_unavailable", nil, [.AML_REVIEW], false),
        ("demo-cycling", "borrow_blocked_after_repayment", nil, [.FREQUENT_CYCLING], false),
        ("demo-recent-overdue", "when_can_borrow", nil, [.RECENT_OVERDUE], false),
        ("demo-new-account", "limit_tiny", nil, [.NEW_ACCOUNT], true),
        ("demo-used-up", "limit_tiny", nil, [.LIMIT_USED_UP], false),
        ("demo-below-min", "limit_tiny", nil, [.BELOW_MIN_LOAN], false),
        ("demo-funding-quota", "disbursement_failed", "funding-exhausted", [.FUNDING_QUOTA_EXHAUSTED], false),
        ("demo-id-expired", "borrow_unavailable", nil, [.IDENTITY_INCOMPLETE], false),
        ("demo-high-debt", "how_to_improve", nil, [.HIGH_DEBT_RATIO], false),
        ("demo-stale-risk", "disbursement_failed", nil, [.MULTI_LENDING, .STALE_RISK_DATA], false),
    ]

    @Test(arguments: cases.indices)
    func principalReasons(_ i: Int) throws {
        let c = Self.cases[i]
        let record = try EngineFixtures.customer(c.customer)
        let platform = try c.platform.map(EngineFixtures.platform)
        let reply = try EngineFixtures.engine.diagnose(record: record, intent: c.intent, now: EngineFixtures.now, lang: .zh,
                                                       platform: platform)
        #expect(Array(reply.reasons.map(\.code).prefix(4)) == c.reasons, "\(c.customer): \(reply.text)")
        #expect(reply.diagnosis?.canBorrow == c.canBorrow, "\(c.customer)")
        for r in reply.reasons { #expect(!r.text.isEmpty) }
    }

    @Test func everyDemoCustomerAnswersInBothLanguagesWithVerifiedSteps() throws {
        for c in Self.cases {
            let record = try EngineFixtures.customer(c.customer)
            for lang in Lang.allCases {
                let reply = try EngineFixtures.engine.diagnose(record: record, intent: c.intent, now: EngineFixtures.now, lang: lang)
                #expect(!reply.text.isEmpty)
                #expect(reply.text.contains("{") == false, "unfilled placeholder: \(reply.text)")
                for s in reply.steps { #expect(!s.text.isEmpty && !s.text.contains("{")) }
            }
        }
    }
}
