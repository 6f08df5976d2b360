import Foundation

extension Evaluation {
    /// Gates on the account itself: status, compliance, identity, recent changes.
    func accountGates() {
        let a = record.account
        let restricted = a.status == .restricted || a.status == .frozen
        gate(.ACCOUNT_RESTRICTED, failed: restricted, evidence: [ev("status", .text(a.status.rawValue), "account.status")])
        let abnormal = a.status == .abnormal_login || a.status == .suspected_theft
        gate(.ACCOUNT_ABNORMAL, failed: abnormal, evidence: [ev("status", .text(a.status.rawValue), "account.status")])
        gate(.AML_REVIEW, failed: a.amlReview, evidence: [ev("review_open", .text("true"), "account.aml_review")])
        identityGate()
        infoChangeGate()
    }

    func identityGate() {
        let a = record.account
        var evidence: [Evidence] = []
        if !a.identityVerified {
            evidence.append(ev("problem", .text("unverified"), "account.identity_verified"))
        } else if let exp = a.idExpiresAt?.date, exp <= now {
            evidence.append(ev("problem", .text("expired"), "account.id_expires_at"))
            evidence.append(ev("expired_at", .date(exp), "account.id_expires_at"))
        }
        gate(.IDENTITY_INCOMPLETE, failed: !evidence.isEmpty, evidence: evidence)
    }

    func infoChangeGate() {
        let from = Timestamp.adding(days: -config.gates.infoChangeDays, to: now)
        let recent = record.profile.infoChanges.enumerated().filter {
            $0.element.field.holdsBorrowing && $0.element.at.date > from && $0.element.at.date <= now
        }
        guard let latest = recent.max(by: { $0.element.at < $1.element.at }) else {
            gate(.RECENT_INFO_CHANGE, failed: false, evidence: [])
            return
        }
        let clears = Timestamp.adding(days: config.gates.infoChangeDays, to: latest.element.at.date)
        gate(.RECENT_INFO_CHANGE, failed: true, evidence: [
            ev("field", .text(latest.element.field.rawValue), "profile.info_changes[\(latest.offset)].field"),
            ev("changed_at", .date(latest.element.at.date), "profile.info_changes[\(latest.offset)].at"),
            ev("clears_at", .date(clears), "profile.info_changes[\(latest.offset)].at"),
        ], clearsAt: clears)
    }

    /// Gates and factors on credit behaviour: overdues, cycling, multi-lending, inquiries, debt, score.
    func creditGates(score: Int) {
        currentOverdueGate()
        recentOverdueGate()
        cyclingGate()
        bandedGate(.MULTI_LENDING, failed: record.bureau.externalActiveLoans >= config.gates.multiLendingMin,
                   extra: [ev("threshold", .int(config.gates.multiLendingMin), "model.gates.multi_lending_min"),
                           ev("target", .int(config.gates.multiLendingMin - 1), "model.gates.multi_lending_min")])
        inquiryGate()
        let ratioFailed = (debtRatio ?? 0) > config.gates.debtRatioMax
        bandedGate(.HIGH_DEBT_RATIO, failed: ratioFailed, extra: debtRatioEvidence)
        factorFinding(.OVERDUE_HISTORY)
        factorFinding(.INCOME_UNVERIFIED)
        let below = score < config.score.threshold
        gate(.SCORE_BELOW_THRESHOLD, failed: below, evidence: [
            ev("score", .int(score), "model.score"),
            ev("threshold", .int(config.score.threshold), "model.score.threshold"),
            ev("gap", .int(config.score.threshold - score), "model.score"),
            ev("factors", .list(factors.filter { $0.lost > 0 }.sorted { $0.lost > $1.lost }.map(\.code.rawValue)), "model.factors"),
        ])
    }

    /// The debt-ratio gate's threshold and, with verified income, the most debt it admits.
    var debtRatioEvidence: [Evidence] {
        var extra = [ev("threshold", .percent(config.gates.debtRatioMax), "model.gates.debt_ratio_max")]
        if let income = verifiedIncome {
            let maxDebt = Money(fen: Int64((Double(income.fen) * config.gates.debtRatioMax).rounded(.down)))
            extra.append(ev("max_debt", .money(maxDebt), "model.gates.debt_ratio_max"))
        }
        return extra
    }

    func factor(_ code: ReasonCode) -> FactorResult? { factors.first { $0.code == code } }

    /// A non-blocking score finding for a factor that lost points (only the trace shows it).
    func factorFinding(_ code: ReasonCode) {
        guard tracing, let f = factor(code), f.lost > 0 else { return }
        let clears = f.evidence.first { $0.key == "clears_at" }.flatMap { if case .date(let d) = $0.value { d } else { nil } }
        find(code, kind: .score, evidence: f.evidence, clearsAt: clears, blocking: false, pointsLost: f.lost)
    }

    /// A code that is a gate above a threshold and a score factor below it.
    func bandedGate(_ code: ReasonCode, failed: Bool, extra: @autoclosure () -> [Evidence], clearsAt: Date? = nil) {
        let f = factor(code)
        if failed {
            let evidence = traced((f?.evidence ?? []) + extra())
            if tracing { gates.append(GateResult(code: code, passed: false, evidence: evidence, clearsAt: clearsAt)) }
            find(code, kind: .gate, evidence: evidence, clearsAt: clearsAt, blocking: true, pointsLost: f?.lost ?? 0)
        } else {
            if tracing { gates.append(GateResult(code: code, passed: true, evidence: [], clearsAt: nil)) }
            factorFinding(code)
        }
    }

    func inquiryGate() {
        let times = inquiryTimes
        let failed = times.count >= config.gates.inquiriesMin
        let clears = failed ? dateCountFallsBelow(config.gates.inquiriesMin, times: times, windowDays: config.gates.inquiryWindowDays) : nil
        bandedGate(.TOO_MANY_INQUIRIES, failed: failed,
                   extra: [ev("threshold", .int(config.gates.inquiriesMin), "model.gates.inquiries_min")]
                       + (clears.map { [ev("below_at", .date($0), "bureau.inquiries[].at")] } ?? []),
                   clearsAt: clears)
    }

    func currentOverdueGate() {
        let overdue = overdueLoans
        guard !overdue.isEmpty else {
            gate(.CURRENT_OVERDUE, failed: false, evidence: [])
            return
        }
        let total = overdue.reduce(Money.zero) { $0 + $1.1.outstanding }
        let oldest = overdue.min { $0.1.dueAt < $1.1.dueAt }!
        gate(.CURRENT_OVERDUE, failed: true, evidence: [
            ev("amount", .money(total), overdue.count == 1 ? "loans[\(oldest.0)].outstanding" : "loans[].outstanding"),
            ev("loan_ids", .list(overdue.map(\.1.id)), "loans[].id"),
            ev("loan_id", .text(oldest.1.id), "loans[\(oldest.0)].id"),
            ev("product", .text(oldest.1.product.rawValue), "loans[\(oldest.0)].product"),
            ev("due_at", .date(oldest.1.dueAt.date), "loans[\(oldest.0)].due_at"),
            ev("days", .int(Timestamp.days(from: oldest.1.dueAt.date, to: now)), "loans[\(oldest.0)].due_at"),
        ])
    }

    func recentOverdueGate() {
        let from = Timestamp.adding(days: -config.gates.recentOverdueDays, to: now)
        let recent = overdueEpisodes().filter { ep in ep.clearedAt.map { $0 > from } ?? false }
        guard let latest = recent.max(by: { $0.clearedAt! < $1.clearedAt! }), let cleared = latest.clearedAt else {
            gate(.RECENT_OVERDUE, failed: false, evidence: [])
            return
        }
        let clears = Timestamp.adding(days: config.gates.recentOverdueDays, to: cleared)
        gate(.RECENT_OVERDUE, failed: true, evidence: [
            ev("loan_id", .text(latest.loan.id), "loans[\(latest.index)].id"),
            ev("repaid_at", .date(cleared), "loans[\(latest.index)].repaid_at"),
            ev("days", .int(latest.days), "loans[\(latest.index)].due_at"),
            ev("clears_at", .date(clears), "loans[\(latest.index)].repaid_at"),
        ], clearsAt: clears)
    }

    func cyclingGate() {
        let c = config.gates.cycling
        let from = Timestamp.adding(days: -c.windowDays, to: now)
        let quick = record.loans.compactMap { loan -> Date? in
            guard let repaid = loan.repaidAt?.date, repaid > from, repaid <= now,
                  repaid.timeIntervalSince(loan.borrowedAt.date) <= Double(c.maxDays) * Timestamp.day else { return nil }
            return repaid
        }
        let failed = quick.count >= c.minLoans
        let clears = failed ? dateCountFallsBelow(c.minLoans, times: quick, windowDays: c.windowDays) : nil
        gate(.FREQUENT_CYCLING, failed: failed,
             evidence: (failed ? [ev("count", .int(quick.count), "loans[].repaid_at")] : [])
                 + (clears.map { [ev("clears_at", .date($0), "loans[].repaid_at")] } ?? []),
             clearsAt: clears)
    }
}
