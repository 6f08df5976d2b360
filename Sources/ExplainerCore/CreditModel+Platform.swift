import Foundation

/// A hold that shows the customer a nominal ¥1 available.
struct SymbolicHold {
    var source: String
    var field: String
    var until: Date
}

extension Evaluation {
    /// Platform-wide gates: policies, gray releases, maintenance, the bureau, funding.
    /// Returns the symbolic ¥1 hold when one applies.
    func platformGates(score: Int) -> SymbolicHold? {
        var symbolic: SymbolicHold?
        let policies = platform.policies.enumerated().filter { $0.element.isActive(at: now) && score < $0.element.minScore }
        if let p = policies.max(by: { $0.element.until < $1.element.until }) {
            let until = p.element.until.date
            gate(.POLICY_TIGHTENING, failed: true, evidence: [
                ev("policy_id", .text(p.element.id), "platform.policies[\(p.offset)].id"),
                ev("title_zh", .text(p.element.titleZh), "platform.policies[\(p.offset)].title_zh"),
                ev("title_en", .text(p.element.titleEn), "platform.policies[\(p.offset)].title_en"),
                ev("until", .date(until), "platform.policies[\(p.offset)].until"),
                ev("score", .int(score), "model.score"),
            ], clearsAt: until, kind: .platform)
            if let s = policies.filter({ $0.element.effect == .symbolic_limit }).max(by: { $0.element.until < $1.element.until }) {
                symbolic = SymbolicHold(source: s.element.id, field: "platform.policies[\(s.offset)]", until: s.element.until.date)
            }
        } else {
            gate(.POLICY_TIGHTENING, failed: false, evidence: [], kind: .platform)
        }
        if let cohort = record.account.cohort {
            let releases = platform.grayReleases.enumerated().filter { $0.element.cohort == cohort && $0.element.isActive(at: now) }
            if let g = releases.max(by: { $0.element.until < $1.element.until }) {
                let until = g.element.until.date
                gate(.GRAY_RELEASE, failed: true, evidence: [
                    ev("cohort", .text(cohort), "account.cohort"),
                    ev("until", .date(until), "platform.gray_releases[\(g.offset)].until"),
                    ev("effect", .text(g.element.effect.rawValue), "platform.gray_releases[\(g.offset)].effect"),
                ], clearsAt: until, kind: .platform)
                if g.element.effect == .symbolic_limit, until > (symbolic?.until ?? .distantPast) {
                    symbolic = SymbolicHold(source: cohort, field: "platform.gray_releases[\(g.offset)]", until: until)
                }
            }
        }
        let windows = platform.maintenance.enumerated().filter { $0.element.isActive(at: now) && $0.element.products.contains(.jiebei) }
        if let w = windows.max(by: { $0.element.until < $1.element.until }) {
            gate(.SYSTEM_MAINTENANCE, failed: true, evidence: [
                ev("from", .date(w.element.from.date), "platform.maintenance[\(w.offset)].from"),
                ev("until", .date(w.element.until.date), "platform.maintenance[\(w.offset)].until"),
            ], clearsAt: w.element.until.date, kind: .platform)
        }
        if platform.bureau.status == .down {
            var evidence = [ev("status", .text("down"), "platform.bureau.status")]
            if let since = platform.bureau.since?.date { evidence.append(ev("since", .date(since), "platform.bureau.since")) }
            gate(.BUREAU_UNAVAILABLE, failed: true, evidence: evidence, kind: .platform)
        }
        return symbolic
    }

    var lastDisbursement: (Int, CustomerRecord.Disbursement)? {
        record.disbursements.enumerated().filter { $0.element.at.date <= now }.max { $0.element.at < $1.element.at }
    }

    /// Payout checks: funding, the receiving card, a failed risk re-check, the regulatory cap.
    func disbursementChecks() {
        let last = lastDisbursement
        fundingCheck(last)
        cardCheck(last)
        if let (i, d) = last, d.amount > config.limits.regulatorySingleLoanCap {
            find(.REGULATORY_CAP, kind: .limit, evidence: [
                ev("requested", .money(d.amount), "disbursements[\(i)].amount"),
                ev("cap", .money(config.limits.regulatorySingleLoanCap), "model.limits.regulatory_single_loan_cap"),
            ], blocking: false)
        }
    }

    func fundingCheck(_ last: (Int, CustomerRecord.Disbursement)?) {
        let f = platform.funding
        if f.isExhausted(at: now) {
            var evidence = [ev("status", .text("exhausted"), "platform.funding.status")]
            if let until = f.until?.date { evidence.append(ev("until", .date(until), "platform.funding.until")) }
            find(.FUNDING_QUOTA_EXHAUSTED, kind: .disbursement, evidence: evidence,
                                    clearsAt: f.until?.date, blocking: true)
            return
        }
        guard let (i, d) = last, d.status == .failed, d.failure == .funding_quota else { return }
        var evidence = [ev("failed_at", .date(d.at.date), "disbursements[\(i)].at"),
                        ev("amount", .money(d.amount), "disbursements[\(i)].amount")]
        let waiting = d.retryAfter.map { $0.date > now } ?? false
        if let r = d.retryAfter?.date { evidence.append(ev("until", .date(r), "disbursements[\(i)].retry_after")) }
        find(.FUNDING_QUOTA_EXHAUSTED, kind: .disbursement, evidence: evidence,
                                clearsAt: waiting ? d.retryAfter?.date : nil, blocking: waiting)
    }

    func cardCheck(_ last: (Int, CustomerRecord.Disbursement)?) {
        let failedOnCard = last.flatMap { (i, d) in d.status == .failed && (d.failure?.isCardProblem ?? false) ? (i, d) : nil }
        let standing: Bool
        var evidence: [Evidence] = []
        if let cards = record.bankCards {
            standing = !cards.contains { $0.status == .valid }
            if standing, let (ci, card) = cards.enumerated().first {
                evidence.append(ev("card", .text(card.last4), "bank_cards[\(ci)].last4"))
                evidence.append(ev("card_status", .text(card.status.rawValue), "bank_cards[\(ci)].status"))
            } else if standing {
                evidence.append(ev("card_status", .text("none"), "bank_cards"))
            }
        } else {
            standing = failedOnCard != nil
        }
        if let (i, d) = failedOnCard {
            evidence.append(ev("failure", .text(d.failure?.rawValue ?? ""), "disbursements[\(i)].failure"))
            evidence.append(ev("failed_at", .date(d.at.date), "disbursements[\(i)].at"))
            evidence.append(ev("amount", .money(d.amount), "disbursements[\(i)].amount"))
        }
        guard standing || failedOnCard != nil else { return }
        find(.BANK_CARD_PROBLEM, kind: .disbursement, evidence: evidence, blocking: standing)
    }

    /// `STALE_RISK_DATA`: the limit was raised, then the payout's risk re-check failed on newer data.
    /// Runs last: its evidence names the reasons that stand now. Never blocks, so only the trace runs it.
    func staleRiskCheck() {
        guard tracing, let (i, d) = lastDisbursement, d.status == .failed, d.failure == .risk_recheck else { return }
        let j = record.products.jiebei
        guard let prev = j.limitHistory.last, prev.limit < j.limit, prev.at.date <= d.at.date else { return }
        let newer = findings.filter { $0.blocking || $0.kind == .score }.map(\.code.rawValue)
        find(.STALE_RISK_DATA, kind: .disbursement, evidence: [
            ev("previous_limit", .money(prev.limit), "products.jiebei.limit_history[\(j.limitHistory.count - 1)].limit"),
            ev("limit", .money(j.limit), "products.jiebei.limit"),
            ev("failed_at", .date(d.at.date), "disbursements[\(i)].at"),
            ev("newer_reasons", .list(newer), "model.findings"),
        ], blocking: false)
    }

    /// `NOT_OPENED`: jiebei is not open; names the other reasons that keep the account out.
    func openingCheck() {
        staleRiskCheck()
        guard !record.products.jiebei.opened else { return }
        let others = findings.filter(\.blocking).map(\.code.rawValue)
        find(.NOT_OPENED, kind: .access, evidence: [
            ev("product", .text("jiebei"), "products.jiebei.opened"),
            ev("blockers", .list(others), "model.findings"),
        ], blocking: true)
    }
}
