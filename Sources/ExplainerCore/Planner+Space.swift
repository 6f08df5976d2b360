import Foundation

extension Planner {
    /// Every time from `now` on at which the model's verdict on this record can change,
    /// including the times the planner's own actions create (settlements, overdue ageing).
    public func eventTimes(_ r: CustomerRecord, platform p: PlatformStatus, now: Date) -> [Date] {
        let c = model.config
        let horizon = Timestamp.adding(months: horizonMonths, to: now)
        let day = Timestamp.day
        let settle = Double(c.limits.settlementHours) * 3600
        var t: [Date] = [now, now.addingTimeInterval(settle),
                         Timestamp.adding(days: c.gates.recentOverdueDays, to: now),
                         Timestamp.adding(months: c.factors.overdueHistory.windowMonths, to: now)]
        t += r.bureau.inquiries.map { $0.at.date.addingTimeInterval(Double(c.gates.inquiryWindowDays) * day) }
        t += r.profile.infoChanges.map { $0.at.date.addingTimeInterval(Double(c.gates.infoChangeDays) * day) }
        for loan in r.loans {
            t.append(loan.dueAt.date)
            t.append(loan.dueAt.date.addingTimeInterval(settle))
            if let repaid = loan.repaidAt?.date {
                t.append(Timestamp.adding(days: c.gates.recentOverdueDays, to: repaid))
                t.append(Timestamp.adding(months: c.factors.overdueHistory.windowMonths, to: repaid))
                t.append(Timestamp.adding(days: c.gates.cycling.windowDays, to: repaid))
            }
        }
        t += r.repayments.map { $0.at.date.addingTimeInterval(settle) }
        t += r.disbursements.compactMap { $0.retryAfter?.date }
        t.append(Timestamp.adding(days: c.limits.newAccountDays, to: r.account.openedAt.date))
        if let exp = r.account.idExpiresAt?.date { t.append(exp) }
        t += p.maintenance.flatMap { [$0.from.date, $0.until.date] }
        t += p.policies.flatMap { [$0.from.date, $0.until.date] }
        t += p.grayReleases.flatMap { [$0.from.date, $0.until.date] }
        if let u = p.funding.until?.date { t.append(u) }
        return Array(Set(t.filter { $0 >= now && $0 <= horizon })).sorted()
    }

    /// The action families that change something in this record, each with its variants.
    public func actionFamilies(_ r: CustomerRecord, platform: PlatformStatus, now: Date, times: [Date]) -> [[RecoveryAction]] {
        let c = model.config
        var out: [[RecoveryAction]] = []
        if r.loans.contains(where: { $0.outstanding.isPositive && $0.dueAt.date < now }) { out.append([.repayOverdue]) }
        if r.loans.contains(where: { $0.product == .jiebei && $0.outstanding.isPositive }) { out.append([.repayJiebei]) }
        if r.loans.contains(where: { $0.product == .huabei && $0.outstanding.isPositive }) { out.append([.repayHuabei]) }
        let n = r.bureau.externalActiveLoans
        let loanTargets = Set([c.gates.multiLendingMin - 1] + c.factors.multiLending.bands.map { Int($0.upTo) })
            .filter { $0 >= 0 && $0 < n }.sorted(by: >)
        if !loanTargets.isEmpty { out.append(loanTargets.map { .closeExternalLoans(to: $0) }) }
        let income = r.profile.monthlyIncome
        if income.isPositive, r.bureau.monthlyDebtPayments.isPositive {
            let ratios = Set([c.gates.debtRatioMax] + c.factors.debtRatio.bands.map(\.upTo)).sorted(by: >)
            let targets = ratios.map { Money(fen: Int64((Double(income.fen) * $0).rounded(.down)) / 100 * 100) }
                .filter { $0 < r.bureau.monthlyDebtPayments }
            if !targets.isEmpty { out.append(targets.map { .reduceDebt(to: $0) }) }
        }
        if !r.profile.incomeVerified, income.isPositive { out.append([.verifyIncome]) }
        let last = times.last ?? now
        if !r.account.identityVerified || (r.account.idExpiresAt.map { $0.date <= last } ?? false) { out.append([.completeIdentity]) }
        if r.account.status == .abnormal_login || r.account.status == .suspected_theft { out.append([.securityVerification]) }
        if r.account.amlReview { out.append([.completeComplianceReview]) }
        let from = Timestamp.adding(days: -c.gates.infoChangeDays, to: now)
        if r.profile.infoChanges.contains(where: { $0.field.holdsBorrowing && $0.at.date > from && $0.at.date <= now }) { out.append([.verifyRecentChange]) }
        if let cards = r.bankCards { if !cards.contains(where: { $0.status == .valid }) { out.append([.replaceBankCard]) } }
        else if r.disbursements.contains(where: { $0.failure?.isCardProblem ?? false }) { out.append([.replaceBankCard]) }
        if !r.products.jiebei.opened { out.append([.openJiebei]) }
        return out
    }
}
