import Foundation
@testable import ExplainerCore
import ExplainerKnowledge

/// Shared test inputs: the real model config and a healthy customer to vary.
enum Fixtures {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let config: ModelConfig = {
        let path = repoRoot.appendingPathComponent("knowledge/credit-model.yaml").path
        do { return try YAMLFile.load(path).decode(ModelConfig.self) } catch { preconditionFailure("test fixture: \(error)") }
    }()

    static let model = CreditModel(config: config)

    static func date(_ s: String) -> Date {
        guard let d = Timestamp.parse(s) else { preconditionFailure("bad test date \(s)") }
        return d
    }

    static let now = date("2026-11-20T10:00:00+08:00")

    /// A salaried customer with verified income, an open jiebei with room, nothing wrong.
    static func healthy() -> CustomerRecord {
        CustomerRecord(
            userID: "t-healthy", displayName: "Test",
            account: .init(openedAt: date("2023-01-01"), idExpiresAt: date("2031-01-01")),
            profile: .init(monthlyIncome: Money(yuan: 15000), incomeVerified: true, occupation: .salaried),
            bureau: .init(externalActiveLoans: 1, monthlyDebtPayments: Money(yuan: 2000)),
            products: .init(jiebei: .init(opened: true, limit: Money(yuan: 20000)),
                            huabei: .init(opened: true, limit: Money(yuan: 5000))),
            loans: [.init(id: "L-1", amount: Money(yuan: 3000), borrowedAt: date("2026-10-01"), dueAt: date("2026-12-01"),
                          outstanding: Money(yuan: 3000))],
            bankCards: [.init(last4: "1111", status: .valid)])
    }

    static func evaluate(_ r: CustomerRecord, platform: PlatformStatus = .normal, at: Date = now) -> DecisionTrace {
        model.evaluate(r, platform: platform, now: at)
    }
}
