import Foundation
@testable import ExplainerCore

typealias SeededRandom = SplitMix64

/// Random customers and platforms around one `now`, each trouble turned on with some probability.
struct RecordGenerator {
    var rng: SeededRandom
    let now: Date

    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &rng) }
    mutating func daysAgo(_ r: ClosedRange<Int>) -> Date {
        now.addingTimeInterval(-Double(int(r)) * Timestamp.day - Double(int(0...86_399)))
    }
    mutating func money(_ r: ClosedRange<Int>, step: Int = 100) -> Money { Money(yuan: int(r) / step * step) }

    mutating func record(_ n: Int) -> CustomerRecord {
        let income = money(0...30000)
        let statuses: [AccountStatus] = [.abnormal_login, .suspected_theft, .restricted, .frozen]
        var r = CustomerRecord(
            userID: "gen-\(n)",
            account: .init(openedAt: chance(0.15) ? daysAgo(5...89) : daysAgo(90...2000),
                           status: chance(0.08) ? statuses[int(0...3)] : .normal,
                           identityVerified: !chance(0.05),
                           idExpiresAt: chance(0.1) ? daysAgo(-60...30) : daysAgo(-3000...(-400)),
                           amlReview: chance(0.04), cohort: chance(0.1) ? "gr-x" : nil),
            profile: .init(monthlyIncome: income, incomeVerified: chance(0.75),
                           occupation: chance(0.1) ? (chance(0.5) ? .student : .unemployed) : .salaried,
                           infoChanges: chance(0.1) ? [.init(field: .phone, at: daysAgo(0...20))] : []),
            bureau: .init(externalActiveLoans: chance(0.3) ? int(3...8) : int(0...2),
                          monthlyDebtPayments: Money(fen: income.fen * Int64(int(0...90)) / 100),
                          inquiries: (0..<(chance(0.3) ? int(3...11) : int(0...2))).map { _ in .init(at: daysAgo(0...45)) }),
            products: .init(jiebei: .init(opened: !chance(0.1), limit: money(0...30000)),
                            huabei: .init(opened: !chance(0.1), limit: money(0...10000))))
        r.loans = loans()
        r.repayments = chance(0.2) ? [.init(loanID: r.loans.first?.id, amount: money(100...3000), at: daysAgo(0...1), settled: false)] : []
        if chance(0.15) {
            let failures: [DisbursementFailure] = [.bank_card_expired, .bank_card_invalid, .funding_quota, .risk_recheck, .system]
            let f = failures[int(0...4)]
            r.disbursements = [.init(at: daysAgo(0...5), amount: money(500...250000), status: .failed, failure: f,
                                     retryAfter: f == .funding_quota && chance(0.5) ? daysAgo(-3...1) : nil)]
        }
        r.bankCards = chance(0.8) ? [.init(last4: "0001", status: chance(0.15) ? .expired : .valid)] : nil
        r.scoreHistory = chance(0.3) ? [.init(at: daysAgo(20...60), score: int(500...760))] : []
        return r
    }

    mutating func loans() -> [CustomerRecord.Loan] {
        var out: [CustomerRecord.Loan] = []
        for i in 0..<int(0...4) {
            let product: Product = chance(0.3) ? .huabei : .jiebei
            let amount = money(100...8000)
            let borrowed = daysAgo(1...400)
            let due = borrowed.addingTimeInterval(Double(int(2...60)) * Timestamp.day)
            let repaid: Date? = chance(0.5) ? min(now, due.addingTimeInterval(Double(int(-5...40)) * Timestamp.day)) : nil
            let outstanding = repaid == nil ? amount : .zero
            out.append(.init(id: "G\(i)", product: product, amount: amount, borrowedAt: borrowed, dueAt: due,
                             repaidAt: repaid.map { max($0, borrowed) }, outstanding: outstanding))
        }
        return out
    }

    mutating func platform() -> PlatformStatus {
        var p = PlatformStatus()
        if chance(0.08) { p.maintenance = [.init(from: daysAgo(0...1), until: daysAgo(-2...0), products: [.jiebei])] }
        if chance(0.1) {
            p.policies = [.init(id: "p", from: daysAgo(1...30), until: daysAgo(-60...(-1)), minScore: int(560...680),
                                effect: chance(0.3) ? .symbolic_limit : .block, titleZh: "政策", titleEn: "policy")]
        }
        if chance(0.1) { p.grayReleases = [.init(cohort: "gr-x", from: daysAgo(1...30), until: daysAgo(-40...(-1)), effect: chance(0.5) ? .symbolic_limit : .block)] }
        if chance(0.03) { p.bureau = .init(status: .down) }
        if chance(0.05) { p.funding = .init(status: .exhausted, until: chance(0.7) ? daysAgo(-3...(-1)) : nil) }
        return p
    }
}
