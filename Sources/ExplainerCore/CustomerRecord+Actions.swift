import Foundation

extension CustomerRecord {
    /// The record after the customer takes `actions` at `now` (all at once), as the model sees it.
    ///
    /// Repayments made now settle later (`settlement_hours`), exactly as a real one would.
    public func applying(_ actions: [RecoveryAction], model: CreditModel, platform: PlatformStatus, now: Date) -> CustomerRecord {
        var r = self
        for action in actions.sorted() where action != .repayJiebei && action != .repayHuabei && action != .openJiebei {
            r.apply(action, now: now)
        }
        if actions.contains(.openJiebei) { r.openJiebei(model: model, platform: platform, now: now) }
        if actions.contains(.repayHuabei) { r.repayHuabeiForRoom(model: model, platform: platform, now: now) }
        if actions.contains(.repayJiebei) { r.repayJiebeiForRoom(model: model, platform: platform, now: now) }
        return r
    }

    mutating func apply(_ action: RecoveryAction, now: Date) {
        switch action {
        case .repayOverdue:
            for i in loans.indices where loans[i].outstanding.isPositive && loans[i].dueAt.date < now {
                repay(loan: i, amount: loans[i].outstanding, now: now)
            }
        case .closeExternalLoans(let n): bureau.externalActiveLoans = min(bureau.externalActiveLoans, n)
        case .reduceDebt(let m): bureau.monthlyDebtPayments = min(bureau.monthlyDebtPayments, m)
        case .verifyIncome: profile.incomeVerified = true
        case .completeIdentity:
            account.identityVerified = true
            if let exp = account.idExpiresAt, exp.date <= Timestamp.adding(months: 36, to: now) {
                account.idExpiresAt = ISODate(Timestamp.adding(months: 120, to: now))
            }
        case .securityVerification: account.status = .normal
        case .completeComplianceReview: account.amlReview = false
        case .verifyRecentChange: profile.infoChanges.removeAll { $0.at.date <= now }
        case .replaceBankCard:
            bankCards = (bankCards ?? []) + [BankCard(last4: "new", status: .valid)]
        case .repayJiebei, .repayHuabei, .openJiebei: break
        }
    }

    /// Pays `amount` off loan `i` now; a fully repaid loan is marked repaid now.
    mutating func repay(loan i: Int, amount: Money, now: Date) {
        let paid = min(amount, loans[i].outstanding)
        guard paid.isPositive else { return }
        loans[i].outstanding -= paid
        if !loans[i].outstanding.isPositive { loans[i].repaidAt = ISODate(now) }
        repayments.append(Repayment(loanID: loans[i].id, amount: paid, at: now, settled: false))
    }

    /// Repays `amount` across a product's loans, largest outstanding first, skipping none.
    mutating func repay(_ product: Product, amount: Money, now: Date) {
        var left = amount
        let order = loans.indices.filter { loans[$0].product == product && loans[$0].outstanding.isPositive }
            .sorted { loans[$0].outstanding > loans[$1].outstanding }
        for i in order where left.isPositive {
            let pay = min(left, loans[i].outstanding)
            repay(loan: i, amount: pay, now: now)
            left -= pay
        }
    }

    /// Jiebei repayment that makes the minimum loan fit once it settles.
    mutating func repayJiebeiForRoom(model: CreditModel, platform: PlatformStatus, now: Date) {
        let settled = now.addingTimeInterval(Double(model.config.limits.settlementHours) * 3600)
        let t = model.figures(self, platform: platform, now: settled)
        let room = t.limit - t.used - t.pending
        guard room < model.config.limits.minLoan else { return }
        repay(.jiebei, amount: Self.wholeYuan(model.config.limits.minLoan - room), now: now)
    }

    /// Huabei repayment that lets the exposure cap admit the minimum jiebei loan.
    mutating func repayHuabeiForRoom(model: CreditModel, platform: PlatformStatus, now: Date) {
        let t = model.figures(self, platform: platform, now: now)
        let assignedRoom = min(products.jiebei.limit, t.limit + t.huabeiUsed)
        let wanted = min(assignedRoom, t.used + t.pending + model.config.limits.minLoan)
        let shortBy = wanted - t.limit
        guard shortBy.isPositive else { return }
        repay(.huabei, amount: Self.wholeYuan(shortBy), now: now)
    }

    /// Opens jiebei with the limit the model's opening formula gives for the current score.
    mutating func openJiebei(model: CreditModel, platform: PlatformStatus, now: Date) {
        guard !products.jiebei.opened else { return }
        let t = model.figures(self, platform: platform, now: now)
        let L = model.config.limits
        let points = max(0, t.score - model.config.score.threshold)
        products.jiebei.opened = true
        if !products.jiebei.limit.isPositive {
            products.jiebei.limit = L.openingBase + L.openingPerPoint * points
        }
    }

    /// Loans that fall due in (now, until] are paid on their due date: the plan's standing assumption.
    public func payingOnTime(from now: Date, until: Date) -> CustomerRecord {
        var r = self
        for i in r.loans.indices where r.loans[i].outstanding.isPositive {
            let due = r.loans[i].dueAt.date
            guard due >= now, due < until else { continue }
            r.repayments.append(Repayment(loanID: r.loans[i].id, amount: r.loans[i].outstanding, at: due, settled: false))
            r.loans[i].outstanding = .zero
            r.loans[i].repaidAt = ISODate(due)
        }
        return r
    }

    static func wholeYuan(_ m: Money) -> Money { Money(fen: (m.fen + 99) / 100 * 100) }
}
