import Foundation

extension Evaluation {
    /// The scorecard: every factor's points, with evidence. Returns the score.
    func scoreFactors() -> Int {
        let f = config.factors
        factors = [overdueHistory(f.overdueHistory), multiLending(f.multiLending), inquiries(f.inquiries),
                   debtRatio(f.debtRatio), income(f.income)]
        return config.score.base + factors.reduce(0) { $0 + $1.points }
    }

    /// An overdue episode: a loan that was, or is, unpaid past its due date.
    struct Episode {
        var index: Int
        var loan: CustomerRecord.Loan
        var clearedAt: Date?
        var days: Int
    }

    func overdueEpisodes() -> [Episode] {
        var out: [Episode] = []
        for (i, loan) in record.loans.enumerated() where loan.dueAt.date < now {
            if loan.outstanding.isPositive {
                out.append(Episode(index: i, loan: loan, clearedAt: nil, days: Timestamp.days(from: loan.dueAt.date, to: now)))
            } else if let repaid = loan.repaidAt?.date, repaid > loan.dueAt.date, repaid <= now {
                out.append(Episode(index: i, loan: loan, clearedAt: repaid, days: Timestamp.days(from: loan.dueAt.date, to: repaid)))
            }
        }
        return out
    }

    func overdueHistory(_ c: ModelConfig.OverdueFactor) -> FactorResult {
        let counted = overdueEpisodes().filter { ep in
            guard let cleared = ep.clearedAt else { return true }
            return Timestamp.adding(months: c.windowMonths, to: cleared) > now
        }
        var cost = 0
        for ep in counted { cost += c.perEpisode + (ep.days > c.longEpisodeDays ? c.longEpisodeExtra : 0) }
        let points = max(0, c.max - cost)
        var evidence: [Evidence] = []
        if tracing, !counted.isEmpty {
            let ages = counted.compactMap { $0.clearedAt.map { Timestamp.adding(months: c.windowMonths, to: $0) } }
            evidence = [
                ev("count", .int(counted.count), "loans"),
                ev("loan_ids", .list(counted.map(\.loan.id)), "loans[].id"),
                ev("longest_days", .int(counted.map(\.days).max() ?? 0), "loans[\(counted[0].index)].due_at"),
                ev("points_lost", .int(c.max - points), "model.factors.overdue_history"),
            ]
            if let first = ages.min() { evidence.append(ev("next_clear", .date(first), "loans[].repaid_at")) }
            if ages.count == counted.count, let last = ages.max() { evidence.append(ev("clears_at", .date(last), "loans[].repaid_at")) }
        }
        return FactorResult(code: .OVERDUE_HISTORY, points: points, max: c.max, evidence: evidence)
    }

    func multiLending(_ c: ModelConfig.BandedFactor) -> FactorResult {
        let n = record.bureau.externalActiveLoans
        let points = c.points(for: Double(n))
        let evidence = points < c.max ? traced([
            ev("count", .int(n), "bureau.external_active_loans"),
            ev("full_points_at", .int(Int(c.bands.first?.upTo ?? 0)), "model.factors.multi_lending"),
            ev("points_lost", .int(c.max - points), "model.factors.multi_lending"),
        ]) : []
        return FactorResult(code: .MULTI_LENDING, points: points, max: c.max, evidence: evidence)
    }

    /// Inquiries that count at `now`: made in the last `inquiry_window_days`, not in the future.
    var inquiryTimes: [Date] {
        let from = Timestamp.adding(days: -config.gates.inquiryWindowDays, to: now)
        return record.bureau.inquiries.map(\.at.date).filter { $0 > from && $0 <= now }
    }

    func inquiries(_ c: ModelConfig.BandedFactor) -> FactorResult {
        let times = inquiryTimes
        let points = c.points(for: Double(times.count))
        var evidence: [Evidence] = []
        if tracing, points < c.max {
            let fullAt = Int(c.bands.first?.upTo ?? 0)
            evidence = [
                ev("count", .int(times.count), "bureau.inquiries"),
                ev("window_days", .int(config.gates.inquiryWindowDays), "model.gates.inquiry_window_days"),
                ev("points_lost", .int(c.max - points), "model.factors.inquiries"),
            ]
            if let d = dateCountFallsBelow(fullAt + 1, times: times, windowDays: config.gates.inquiryWindowDays) {
                evidence.append(ev("clears_at", .date(d), "bureau.inquiries[].at"))
            }
        }
        return FactorResult(code: .TOO_MANY_INQUIRIES, points: points, max: c.max, evidence: evidence)
    }

    /// Monthly debt payments ÷ verified monthly income; nil when income is not verified.
    var debtRatio: Double? {
        guard let income = verifiedIncome else { return nil }
        return Double(record.bureau.monthlyDebtPayments.fen) / Double(income.fen)
    }

    func debtRatio(_ c: ModelConfig.BandedFactor) -> FactorResult {
        guard let ratio = debtRatio, let income = verifiedIncome else {
            return FactorResult(code: .HIGH_DEBT_RATIO, points: c.max, max: c.max, evidence: [])
        }
        let points = c.points(for: ratio)
        let evidence = points < c.max ? traced([
            ev("ratio", .percent(ratio), "bureau.monthly_debt_payments/profile.monthly_income"),
            ev("debt", .money(record.bureau.monthlyDebtPayments), "bureau.monthly_debt_payments"),
            ev("income", .money(income), "profile.monthly_income"),
            ev("points_lost", .int(c.max - points), "model.factors.debt_ratio"),
        ]) : []
        return FactorResult(code: .HIGH_DEBT_RATIO, points: points, max: c.max, evidence: evidence)
    }

    var incomeWeak: Bool {
        verifiedIncome == nil || config.factors.income.weakOccupations.contains(record.profile.occupation)
    }

    func income(_ c: ModelConfig.IncomeFactor) -> FactorResult {
        guard incomeWeak else { return FactorResult(code: .INCOME_UNVERIFIED, points: c.max, max: c.max, evidence: []) }
        let p = record.profile
        return FactorResult(code: .INCOME_UNVERIFIED, points: 0, max: c.max, evidence: traced([
            ev("income_verified", .text(p.incomeVerified ? "true" : "false"), "profile.income_verified"),
            ev("occupation", .text(p.occupation.rawValue), "profile.occupation"),
            ev("points_lost", .int(c.max), "model.factors.income"),
        ]))
    }

    /// `SCORE_DROPPED`: the score fell by `drop_alert` or more since the previous score.
    func scoreChange(score: Int) {
        guard let prev = record.scoreHistory.last(where: { $0.at.date <= now }) else { return }
        let drop = prev.score - score
        guard drop >= config.score.dropAlert else { return }
        let moved = factors.filter { $0.lost > 0 }.sorted { $0.lost > $1.lost }.map(\.code.rawValue)
        find(.SCORE_DROPPED, kind: .change, evidence: [
            ev("previous_score", .int(prev.score), "score_history[\(record.scoreHistory.count - 1)].score"),
            ev("previous_at", .date(prev.at.date), "score_history[\(record.scoreHistory.count - 1)].at"),
            ev("score", .int(score), "model.score"),
            ev("drop", .int(drop), "model.score"),
            ev("factors", .list(moved), "model.factors"),
        ], blocking: false)
    }
}
