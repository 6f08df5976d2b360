import Foundation
import Testing
@testable import ExplainerCore

/// One test per gate and factor, with the date edges that decide them.
@Suite struct CreditModelGateTests {
    typealias F = Fixtures
    func blocking(_ t: DecisionTrace) -> [ReasonCode] { t.blockingFindings.map(\.code) }

    @Test func healthyCustomerCanBorrow() {
        let t = F.evaluate(F.healthy())
        #expect(t.canBorrow)
        #expect(t.findings.isEmpty)
        #expect(t.available == Money(yuan: 17000))
        #expect(t.score == F.config.maxScore)
    }

    @Test func currentOverdueNamesLoanAmountAndDays() {
        var r = F.healthy()
        r.loans.append(.init(id: "L-88", amount: Money(yuan: 1200), borrowedAt: F.date("2026-10-05"), dueAt: F.date("2026-11-05"),
                             outstanding: Money(yuan: 1200)))
        let t = F.evaluate(r)
        let f = t.finding(.CURRENT_OVERDUE)
        #expect(f?.blocking == true)
        #expect(f?.value("amount") == .money(Money(yuan: 1200)))
        #expect(f?.value("loan_id") == .text("L-88"))
        #expect(f?.value("days") == .int(15))
        #expect(!t.canBorrow)
    }

    @Test func loanDueExactlyNowIsNotYetOverdue() {
        var r = F.healthy()
        r.loans[0].dueAt = ISODate(F.now)
        #expect(F.evaluate(r).finding(.CURRENT_OVERDUE) == nil)
        #expect(F.evaluate(r, at: F.now.addingTimeInterval(1)).finding(.CURRENT_OVERDUE) != nil)
    }

    @Test func recentOverdueClearsNinetyDaysAfterRepayment() {
        var r = F.healthy()
        r.loans.append(.init(id: "L-7", amount: Money(yuan: 500), borrowedAt: F.date("2026-08-01"), dueAt: F.date("2026-09-01"),
                             repaidAt: F.date("2026-10-11"), outstanding: .zero))
        let f = F.evaluate(r).finding(.RECENT_OVERDUE)
        #expect(f?.clearsAt == F.date("2027-01-09"))
        #expect(F.evaluate(r, at: F.date("2027-01-09")).finding(.RECENT_OVERDUE) == nil)
        #expect(F.evaluate(r, at: F.date("2027-01-08T23:59:59+08:00")).finding(.RECENT_OVERDUE) != nil)
        // The episode (40 days late) still costs score points for 24 months.
        let history = F.evaluate(r).finding(.OVERDUE_HISTORY)
        #expect(history?.pointsLost == 75)
        #expect(history?.clearsAt == F.date("2028-10-11"))
    }

    @Test func inquiryExactlyThirtyDaysOldNoLongerCounts() {
        var r = F.healthy()
        let times = ["2026-10-21T10:00:00+08:00", "2026-10-25", "2026-10-28", "2026-11-01", "2026-11-03",
                     "2026-11-06", "2026-11-10", "2026-11-15", "2026-11-18"]
        r.bureau.inquiries = times.map { .init(at: F.date($0)) }
        let t = F.evaluate(r)
        let f = t.finding(.TOO_MANY_INQUIRIES)
        // The first inquiry is exactly 30 days old at now: 8 count, the gate (≥ 8) fails.
        #expect(f?.value("count") == .int(8))
        #expect(f?.blocking == true)
        // It falls below 8 when the 2026-10-25 one ages out.
        #expect(f?.clearsAt == F.date("2026-11-24"))
        #expect(F.evaluate(r, at: F.date("2026-11-24")).finding(.TOO_MANY_INQUIRIES)?.blocking == false)
    }

    @Test func inquiryScoreBandCostsPointsWithoutBlocking() {
        var r = F.healthy()
        r.bureau.inquiries = (1...4).map { .init(at: F.date("2026-11-0\($0)")) }
        let f = F.evaluate(r).finding(.TOO_MANY_INQUIRIES)
        #expect(f?.kind == .score)
        #expect(f?.blocking == false)
        #expect(f?.pointsLost == 30)
    }

    @Test func multiLendingGateAtSixScoreBelow() {
        var r = F.healthy()
        r.bureau.externalActiveLoans = 6
        #expect(blocking(F.evaluate(r)).contains(.MULTI_LENDING))
        r.bureau.externalActiveLoans = 5
        let f = F.evaluate(r).finding(.MULTI_LENDING)
        #expect(f?.blocking == false)
        #expect(f?.pointsLost == 85)
    }

    @Test func debtRatioGateAboveSeventyPercent() {
        var r = F.healthy()
        r.bureau.monthlyDebtPayments = Money(yuan: 10500) // exactly 70%: not above
        #expect(F.evaluate(r).finding(.HIGH_DEBT_RATIO)?.blocking == false)
        r.bureau.monthlyDebtPayments = Money(yuan: 10501)
        let f = F.evaluate(r).finding(.HIGH_DEBT_RATIO)
        #expect(f?.blocking == true)
        #expect(f?.value("max_debt") == .money(Money(yuan: 10500)))
    }

    @Test func unverifiedIncomeCostsPointsAndCapsExposure() {
        var r = F.healthy()
        r.profile.incomeVerified = false
        let t = F.evaluate(r)
        #expect(t.finding(.INCOME_UNVERIFIED)?.pointsLost == 70)
        #expect(t.finding(.EXPOSURE_CAP) != nil)
        #expect(t.limit == Money(yuan: 3000))
        #expect(t.available == .zero)
        #expect(!t.canBorrow)
    }

    @Test func scoreBelowThresholdNamesFactors() {
        var r = F.healthy()
        r.bureau.externalActiveLoans = 5
        r.profile.occupation = .student
        let t = F.evaluate(r)
        #expect(t.score == 595)
        let f = t.finding(.SCORE_BELOW_THRESHOLD)
        #expect(f?.value("factors") == .list(["MULTI_LENDING", "INCOME_UNVERIFIED"]))
        #expect(f?.value("gap") == .int(5))
    }

    @Test func identityExpiredAtNowFails() {
        var r = F.healthy()
        r.account.idExpiresAt = ISODate(F.now)
        #expect(blocking(F.evaluate(r)) == [.IDENTITY_INCOMPLETE])
        r.account.idExpiresAt = ISODate(F.now.addingTimeInterval(1))
        #expect(F.evaluate(r).canBorrow)
        r.account.identityVerified = false
        #expect(F.evaluate(r).finding(.IDENTITY_INCOMPLETE)?.value("problem") == .text("unverified"))
    }

    @Test func infoChangeHoldsFifteenDays() {
        var r = F.healthy()
        r.profile.infoChanges = [.init(field: .phone, at: F.date("2026-11-12"))]
        let f = F.evaluate(r).finding(.RECENT_INFO_CHANGE)
        #expect(f?.clearsAt == F.date("2026-11-27"))
        #expect(F.evaluate(r, at: F.date("2026-11-27")).canBorrow)
    }

    @Test func accountStatusesAndReview() {
        for (status, code) in [(AccountStatus.abnormal_login, ReasonCode.ACCOUNT_ABNORMAL), (.suspected_theft, .ACCOUNT_ABNORMAL),
                               (.restricted, .ACCOUNT_RESTRICTED), (.frozen, .ACCOUNT_RESTRICTED)] {
            var r = F.healthy()
            r.account.status = status
            #expect(blocking(F.evaluate(r)) == [code])
        }
        var r = F.healthy()
        r.account.amlReview = true
        #expect(blocking(F.evaluate(r)) == [.AML_REVIEW])
    }

    @Test func frequentCyclingNeedsThreeQuickLoansInThirtyDays() {
        var r = F.healthy()
        for (i, day) in ["2026-11-01", "2026-11-05", "2026-11-09"].enumerated() {
            let b = F.date(day)
            r.loans.append(.init(id: "Q\(i)", amount: Money(yuan: 1000), borrowedAt: b, dueAt: Timestamp.adding(days: 30, to: b),
                                 repaidAt: Timestamp.adding(days: 2, to: b), outstanding: .zero))
        }
        let f = F.evaluate(r).finding(.FREQUENT_CYCLING)
        #expect(f?.blocking == true)
        #expect(f?.clearsAt == F.date("2026-12-03"))
        r.loans.removeLast()
        #expect(F.evaluate(r).finding(.FREQUENT_CYCLING) == nil)
    }

    @Test func pendingRepaymentRestoresCreditAfterTwentyFourHours() {
        var r = F.healthy()
        r.products.jiebei.limit = Money(yuan: 3000)
        r.loans[0].outstanding = .zero
        r.loans[0].repaidAt = ISODate(F.date("2026-11-19T22:10:00+08:00"))
        r.repayments = [.init(loanID: "L-1", amount: Money(yuan: 3000), at: F.date("2026-11-19T22:10:00+08:00"), settled: false)]
        let t = F.evaluate(r)
        let f = t.finding(.REPAYMENT_PROCESSING)
        #expect(f?.blocking == true)
        #expect(f?.clearsAt == F.date("2026-11-20T22:10:00+08:00"))
        #expect(t.available == .zero)
        #expect(F.evaluate(r, at: F.date("2026-11-20T22:10:00+08:00")).canBorrow)
    }

    @Test func newAccountCapsJiebeiAtTwoThousand() {
        var r = F.healthy()
        r.account.openedAt = ISODate(F.date("2026-10-01"))
        r.loans[0].amount = Money(yuan: 500)
        r.loans[0].outstanding = Money(yuan: 500)
        let t = F.evaluate(r)
        #expect(t.limit == Money(yuan: 2000))
        #expect(t.finding(.NEW_ACCOUNT)?.clearsAt == F.date("2026-12-30"))
        #expect(t.canBorrow)
    }

    @Test func huabeiUseSqueezesJiebeiUnderExposureCap() {
        var r = F.healthy()
        r.profile.monthlyIncome = Money(yuan: 2000)
        r.loans = [.init(id: "H-1", product: .huabei, amount: Money(yuan: 19950), borrowedAt: F.date("2026-11-01"),
                         dueAt: F.date("2026-12-10"), outstanding: Money(yuan: 19950))]
        r.products.huabei.limit = Money(yuan: 20000)
        r.bureau.monthlyDebtPayments = .zero
        let t = F.evaluate(r)
        #expect(t.limit == Money(yuan: 50))
        #expect(t.finding(.EXPOSURE_CAP)?.blocking == true)
        #expect(t.finding(.BELOW_MIN_LOAN)?.value("available") == .money(Money(yuan: 50)))
    }

    @Test func symbolicLimitFromGrayReleaseShowsOneYuan() {
        var r = F.healthy()
        r.account.cohort = "gr-a"
        let p = PlatformStatus(grayReleases: [.init(cohort: "gr-a", from: F.date("2026-11-01"), until: F.date("2026-12-15"),
                                                    effect: .symbolic_limit)])
        let t = F.evaluate(r, platform: p)
        #expect(t.available == Money(yuan: 1))
        #expect(t.finding(.SYMBOLIC_LIMIT)?.clearsAt == F.date("2026-12-15"))
        #expect(blocking(t).contains(.GRAY_RELEASE))
        let later = F.date("2026-12-15")
        #expect(F.evaluate(r.payingOnTime(from: F.now, until: later), platform: p, at: later).canBorrow)
    }

    @Test func maintenanceWindowEndingAtNowIsOver() {
        let p = PlatformStatus(maintenance: [.init(from: F.date("2026-11-20T02:00:00+08:00"), until: F.now, products: [.jiebei])])
        #expect(F.evaluate(F.healthy(), platform: p).canBorrow)
        let open = PlatformStatus(maintenance: [.init(from: F.now, until: F.date("2026-11-20T12:00:00+08:00"), products: [.jiebei])])
        #expect(F.evaluate(F.healthy(), platform: open).finding(.SYSTEM_MAINTENANCE)?.clearsAt == F.date("2026-11-20T12:00:00+08:00"))
    }

    @Test func policyHoldsLowScoresOnly() {
        let p = PlatformStatus(policies: [.init(id: "tight", from: F.date("2026-11-01"), until: F.date("2027-01-01"), minScore: 700,
                                                titleZh: "收紧", titleEn: "tightening")])
        var r = F.healthy()
        #expect(F.evaluate(r, platform: p).canBorrow)
        r.bureau.externalActiveLoans = 4
        #expect(blocking(F.evaluate(r, platform: p)) == [.POLICY_TIGHTENING])
    }

    @Test func bureauDownAndFundingExhausted() {
        let down = PlatformStatus(bureau: .init(status: .down, since: F.date("2026-11-20T08:00:00+08:00")))
        #expect(blocking(F.evaluate(F.healthy(), platform: down)) == [.BUREAU_UNAVAILABLE])
        let dry = PlatformStatus(funding: .init(status: .exhausted, until: F.date("2026-11-21")))
        #expect(F.evaluate(F.healthy(), platform: dry).finding(.FUNDING_QUOTA_EXHAUSTED)?.clearsAt == F.date("2026-11-21"))
        #expect(F.evaluate(F.healthy(), platform: dry, at: F.date("2026-11-21")).canBorrow)
    }

    @Test func expiredOnlyCardBlocksPastCardFailureWithNewCardDoesNot() {
        var r = F.healthy()
        r.disbursements = [.init(at: F.date("2026-11-18T09:00:00+08:00"), amount: Money(yuan: 3000), status: .failed,
                                 failure: .bank_card_expired)]
        r.bankCards = [.init(last4: "1234", status: .expired)]
        #expect(blocking(F.evaluate(r)) == [.BANK_CARD_PROBLEM])
        r.bankCards?.append(.init(last4: "5678", status: .valid))
        let t = F.evaluate(r)
        #expect(t.canBorrow)
        #expect(t.finding(.BANK_CARD_PROBLEM)?.blocking == false)
    }

    @Test func staleRiskDataNamesTheNewerReasons() {
        var r = F.healthy()
        r.products.jiebei.limitHistory = [.init(at: F.date("2026-11-01"), limit: Money(yuan: 10000))]
        r.disbursements = [.init(at: F.date("2026-11-15"), amount: Money(yuan: 5000), status: .failed, failure: .risk_recheck)]
        r.bureau.inquiries = (1...9).map { .init(at: F.date("2026-11-1\($0)")) }
        let f = F.evaluate(r).finding(.STALE_RISK_DATA)
        #expect(f?.value("newer_reasons") == .list(["TOO_MANY_INQUIRIES"]))
    }

    @Test func notOpenedNamesWhatKeepsTheAccountOut() {
        var r = F.healthy()
        r.products.jiebei = .init()
        r.account.identityVerified = false
        let f = F.evaluate(r).finding(.NOT_OPENED)
        #expect(f?.value("blockers") == .list(["IDENTITY_INCOMPLETE"]))
    }

    @Test func scoreDropAgainstPreviousScore() {
        var r = F.healthy()
        r.scoreHistory = [.init(at: F.date("2026-10-01"), score: 750)]
        r.bureau.externalActiveLoans = 4
        let f = F.evaluate(r).finding(.SCORE_DROPPED)
        #expect(f?.value("drop") == .int(60))
        #expect(f?.value("factors") == .list(["MULTI_LENDING"]))
    }

    @Test func regulatoryCapOnLargeLimits() {
        var r = F.healthy()
        r.profile.monthlyIncome = Money(yuan: 100_000)
        r.products.jiebei.limit = Money(yuan: 300_000)
        #expect(F.evaluate(r).finding(.REGULATORY_CAP)?.blocking == false)
    }
}
