import Foundation

/// The jiebei amounts the limit rules produce.
struct Amounts {
    var limit: Money
    var used: Money
    var pending: Money
    var available: Money
    var exposureCap: Money
}

/// The numbers of an evaluation that recovery actions are sized by (``CreditModel/figures(_:platform:now:)``).
struct Figures {
    var score: Int
    var limit: Money
    var used: Money
    var pending: Money
    var huabeiUsed: Money
}

extension Evaluation {
    func used(_ product: Product) -> Money {
        record.loans.reduce(Money.zero) { $0 + ($1.product == product ? $1.outstanding : .zero) }
    }

    /// Repayments made but not settled at `now`: each restores credit `settlement_hours` after it was made.
    var pendingRepayments: [(Int, CustomerRecord.Repayment, Date)] {
        let hours = Double(config.limits.settlementHours) * 3600
        return record.repayments.enumerated().compactMap { i, r in
            let settles = r.at.date.addingTimeInterval(hours)
            guard !r.settled, r.at.date <= now, now < settles, product(ofLoan: r.loanID) == .jiebei else { return nil }
            return (i, r, settles)
        }
    }

    /// The product of the first loan with this id; a repayment that names no known loan is jiebei's.
    func product(ofLoan id: String?) -> Product {
        id.flatMap { id in record.loans.first { $0.id == id }?.product } ?? .jiebei
    }

    var exposureCap: Money {
        verifiedIncome.map { $0 * config.limits.exposureIncomeMultiple } ?? config.limits.exposureCapUnverified
    }

    var isNewAccount: Bool {
        Timestamp.adding(days: config.limits.newAccountDays, to: record.account.openedAt.date) > now
    }

    /// Limit, used, pending and available for jiebei, with the limit and available findings.
    func limitAndAvailable(score: Int, symbolic: SymbolicHold?) -> Amounts {
        let L = config.limits
        let cap = exposureCap
        guard record.products.jiebei.opened else {
            return Amounts(limit: .zero, used: used(.jiebei), pending: .zero, available: .zero, exposureCap: cap)
        }
        let assigned = record.products.jiebei.limit
        let huabeiUsed = used(.huabei)
        let room = max(.zero, cap - huabeiUsed)
        let afterExposure = min(assigned, room)
        let limit = isNewAccount ? min(afterExposure, L.newAccountCap) : afterExposure
        let used = used(.jiebei)
        let pendings = pendingRepayments
        let pending = pendings.reduce(Money.zero) { $0 + $1.1.amount }
        let raw = max(.zero, limit - used - pending)
        let short = raw < L.minLoan
        let withoutCaps = { (l: Money) in l - used - pending >= L.minLoan }

        if let hold = symbolic {
            find(.SYMBOLIC_LIMIT, kind: .limit, evidence: [
                ev("amount", .money(L.symbolicAmount), "model.limits.symbolic_amount"),
                ev("limit", .money(limit), "products.jiebei.limit"),
                ev("source", .text(hold.source), hold.field),
                ev("until", .date(hold.until), hold.field + ".until"),
            ], clearsAt: hold.until, blocking: true)
        }
        if room < assigned {
            find(.EXPOSURE_CAP, kind: .limit, evidence: [
                ev("cap", .money(cap), verifiedIncome == nil ? "model.limits.exposure_cap_unverified" : "profile.monthly_income"),
                ev("huabei_used", .money(huabeiUsed), "loans[].outstanding"),
                ev("room", .money(room), "model.limit"),
                ev("assigned", .money(assigned), "products.jiebei.limit"),
                ev("income_verified", .text(verifiedIncome == nil ? "false" : "true"), "profile.income_verified"),
            ], blocking: short && withoutCaps(isNewAccount ? min(assigned, L.newAccountCap) : assigned))
        }
        if isNewAccount, afterExposure > L.newAccountCap {
            let clears = Timestamp.adding(days: L.newAccountDays, to: record.account.openedAt.date)
            find(.NEW_ACCOUNT, kind: .limit, evidence: [
                ev("cap", .money(L.newAccountCap), "model.limits.new_account_cap"),
                ev("opened_at", .date(record.account.openedAt.date), "account.opened_at"),
                ev("clears_at", .date(clears), "account.opened_at"),
            ], clearsAt: clears, blocking: short && withoutCaps(afterExposure))
        }
        if !pendings.isEmpty {
            let latest = pendings.max { $0.2 < $1.2 }!
            let settles = earliestSettlement(pendings, limit: limit, used: used) ?? latest.2
            find(.REPAYMENT_PROCESSING, kind: .available, evidence: [
                ev("amount", .money(pending), pendings.count == 1 ? "repayments[\(latest.0)].amount" : "repayments[].amount"),
                ev("paid_at", .date(latest.1.at.date), "repayments[\(latest.0)].at"),
                ev("settles_at", .date(settles), "repayments[\(latest.0)].at"),
            ], clearsAt: settles, blocking: short && limit - used >= L.minLoan)
        }
        if limit.isPositive, used >= limit {
            find(.LIMIT_USED_UP, kind: .available, evidence: [
                ev("limit", .money(limit), "products.jiebei.limit"),
                ev("used", .money(used), "loans[].outstanding"),
                ev("product", .text("jiebei"), "products.jiebei"),
            ], blocking: short)
        } else if raw.isPositive && short {
            find(.BELOW_MIN_LOAN, kind: .available, evidence: [
                ev("available", .money(raw), "model.available"),
                ev("min_loan", .money(L.minLoan), "model.limits.min_loan"),
                ev("needed", .money(L.minLoan - raw), "model.limits.min_loan"),
            ], blocking: true)
        }
        if short && symbolic == nil && !findings.contains(where: { $0.blocking && ($0.kind == .available || $0.kind == .limit) }) {
            find(.LIMIT_USED_UP, kind: .available, evidence: [
                ev("limit", .money(limit), "products.jiebei.limit"),
                ev("used", .money(used), "loans[].outstanding"),
                ev("product", .text("jiebei"), "products.jiebei"),
            ], blocking: true)
        }
        if limit > L.regulatorySingleLoanCap {
            find(.REGULATORY_CAP, kind: .limit, evidence: [
                ev("cap", .money(L.regulatorySingleLoanCap), "model.limits.regulatory_single_loan_cap"),
                ev("limit", .money(limit), "products.jiebei.limit"),
            ], blocking: false)
        }
        let available = symbolic == nil ? raw : min(L.symbolicAmount, limit)
        return Amounts(limit: limit, used: used, pending: pending, available: available, exposureCap: cap)
    }

    /// The first settlement time after which available reaches the minimum loan.
    func earliestSettlement(_ pendings: [(Int, CustomerRecord.Repayment, Date)], limit: Money, used: Money) -> Date? {
        var outstandingPending = pendings.reduce(Money.zero) { $0 + $1.1.amount }
        for p in pendings.sorted(by: { $0.2 < $1.2 }) {
            outstandingPending -= p.1.amount
            if limit - used - outstandingPending >= config.limits.minLoan { return p.2 }
        }
        return nil
    }

    /// The huabei side: its limit under the exposure cap, what is used, and what stops it.
    func huabeiView(exposureRoom cap: Money) -> HuabeiView {
        let h = record.products.huabei
        let effective = min(h.limit, cap)
        let used = used(.huabei)
        let available = max(.zero, effective - used)
        var blockers = findings.filter { f in
            f.blocking && [.ACCOUNT_RESTRICTED, .ACCOUNT_ABNORMAL, .AML_REVIEW, .IDENTITY_INCOMPLETE,
                           .CURRENT_OVERDUE].contains(f.code)
        }.map(\.code)
        if platform.maintenance.contains(where: { $0.isActive(at: now) && $0.products.contains(.huabei) }) {
            blockers.append(.SYSTEM_MAINTENANCE)
        }
        if !h.opened || !h.limit.isPositive { blockers.append(.NOT_OPENED) }
        else if !available.isPositive { blockers.append(.LIMIT_USED_UP) }
        var own: [Finding] = []
        if blockers.contains(.NOT_OPENED) {
            own.append(Finding(code: .NOT_OPENED, kind: .access, evidence: [
                ev("product", .text("huabei"), "products.huabei.opened"),
                ev("blockers", .list(blockers.filter { $0 != .NOT_OPENED }.map(\.rawValue)), "model.findings"),
            ], blocking: true))
        } else if !available.isPositive {
            own.append(Finding(code: .LIMIT_USED_UP, kind: .available, evidence: [
                ev("limit", .money(effective), "products.huabei.limit"),
                ev("used", .money(used), "loans[].outstanding"),
                ev("product", .text("huabei"), "products.huabei"),
            ], blocking: true))
        }
        return HuabeiView(opened: h.opened, limit: h.limit, effectiveLimit: effective, used: used,
                          available: available, usable: blockers.isEmpty, blockers: blockers, findings: own)
    }
}
