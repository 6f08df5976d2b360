import Foundation
import Testing
@testable import ExplainerCore
import ExplainerKnowledge

/// Every demo customer's model verdict at the demo's fixed time: what blocks, and whether they can borrow.
@Suite struct DemoCustomerModelTests {
    static let now = Fixtures.date("2026-11-20T10:00:00+08:00")

    static func load(_ id: String) throws -> CustomerRecord {
        let name = id.replacingOccurrences(of: "demo-", with: "")
        let url = Fixtures.repoRoot.appendingPathComponent("examples/customers/\(name).json")
        return try RecordDecoder.decode(try Data(contentsOf: url), source: url.lastPathComponent)
    }

    static func platform(_ name: String?) throws -> PlatformStatus {
        let path = name.map { "examples/platform/\($0).yaml" } ?? "knowledge/platform.yaml"
        return try PlatformLoader.load(path: Fixtures.repoRoot.appendingPathComponent(path).path)
    }

    static let cases: [(String, String?, [ReasonCode], [ReasonCode])] = [
        // id, platform variant, blocking codes (model order), notable non-blocking codes
        ("demo-repaid", nil, [.REPAYMENT_PROCESSING], []),
        ("demo-card-expired", nil, [.BANK_CARD_PROBLEM], []),
        ("demo-symbolic", nil, [.GRAY_RELEASE, .SYMBOLIC_LIMIT], []),
        ("demo-score-drop", nil, [.SCORE_BELOW_THRESHOLD], [.SCORE_DROPPED, .MULTI_LENDING, .TOO_MANY_INQUIRIES]),
        ("demo-first-open", nil, [.SCORE_BELOW_THRESHOLD, .NOT_OPENED], [.INCOME_UNVERIFIED]),
        ("demo-huabei-full", nil, [.EXPOSURE_CAP], []),
        ("demo-maintenance", "maintenance", [.SYSTEM_MAINTENANCE], []),
        ("demo-maintenance", nil, [], []),
        ("demo-overdue", nil, [.CURRENT_OVERDUE], []),
        ("demo-inquiries", nil, [.TOO_MANY_INQUIRIES], []),
        ("demo-phone-change", nil, [.RECENT_INFO_CHANGE], []),
        ("demo-abnormal-login", nil, [.ACCOUNT_ABNORMAL], []),
        ("demo-healthy", nil, [], []),
        ("demo-frozen", nil, [.ACCOUNT_RESTRICTED], []),
        ("demo-aml-review", nil, [.AML_REVIEW], []),
        ("demo-cycling", nil, [.FREQUENT_CYCLING], []),
        ("demo-recent-overdue", nil, [.RECENT_OVERDUE], []),
        ("demo-new-account", nil, [], [.NEW_ACCOUNT]),
        ("demo-used-up", nil, [.LIMIT_USED_UP], []),
        ("demo-below-min", nil, [.BELOW_MIN_LOAN], []),
        ("demo-funding-quota", "funding-exhausted", [.FUNDING_QUOTA_EXHAUSTED], []),
        ("demo-id-expired", nil, [.IDENTITY_INCOMPLETE], []),
        ("demo-high-debt", nil, [.HIGH_DEBT_RATIO], []),
        ("demo-stale-risk", nil, [.MULTI_LENDING], [.STALE_RISK_DATA]),
    ]

    @Test(arguments: cases.indices)
    func verdict(_ i: Int) throws {
        let (id, variant, blocking, notable) = Self.cases[i]
        let t = Fixtures.model.evaluate(try Self.load(id), platform: try Self.platform(variant), now: Self.now)
        #expect(t.blockingFindings.map(\.code) == blocking, "\(id) [\(variant ?? "default")]: score \(t.score)")
        #expect(t.canBorrow == blocking.isEmpty, "\(id)")
        for code in notable { #expect(t.finding(code) != nil, "\(id) lacks \(code)") }
    }
}
