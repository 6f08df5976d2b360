import Foundation

extension Planner {
    /// Turns a verified choice of actions into steps with the numbers that make them checkable.
    func makePlan(_ r: CustomerRecord, actions: [RecoveryAction], at: Date, base: DecisionTrace,
                  platform: PlatformStatus, now: Date) -> RecoveryPlan {
        let changed = r.applying(actions, model: model, platform: platform, now: now)
        let final = changed.payingOnTime(from: now, until: at)
        let verification = model.evaluate(final, platform: platform, now: at)
        let baseCodes = Set(base.findings.map(\.code))
        var steps = actions.sorted().map { step(for: $0, record: r, changed: changed, baseCodes: baseCodes, now: now) }
        steps += onTimeSteps(r, now: now, until: at)
        var cleared: [ReasonCode] = []
        if at > now {
            let after = model.evaluate(changed, platform: platform, now: now)
            let waiting = after.blockingFindings.filter { f in !actions.contains { $0.addresses.contains(f.code) } || f.clearsAt != nil }
            let lead = waiting.max { ($0.clearsAt ?? .distantPast) < ($1.clearsAt ?? .distantPast) }
            cleared = waiting.map(\.code)
            steps.append(PlannedStep(kind: .wait, code: lead?.code ?? after.blockingFindings.first?.code ?? .SCORE_BELOW_THRESHOLD,
                                     evidence: [Evidence("date", .date(at), field: "plan.approved_at", asOf: now)],
                                     when: at, effect: "time: \(Timestamp.isoString(now)) → \(Timestamp.isoString(at))"))
        }
        return RecoveryPlan(steps: steps, approvedAt: at, waits: at > now, clearsByItself: cleared, withoutActionAt: nil,
                            verification: verification)
    }

    func step(for action: RecoveryAction, record r: CustomerRecord, changed c: CustomerRecord,
              baseCodes: Set<ReasonCode>, now: Date) -> PlannedStep {
        let code = action.addresses.first { baseCodes.contains($0) } ?? action.addresses[0]
        func e(_ k: String, _ v: Evidence.Value, _ f: String) -> Evidence { Evidence(k, v, field: f, asOf: now) }
        let paid = c.repayments.dropFirst(r.repayments.count)
        let settles = now.addingTimeInterval(Double(model.config.limits.settlementHours) * 3600)
        var evidence: [Evidence] = []
        var effect = ""
        switch action {
        case .repayOverdue, .repayJiebei, .repayHuabei:
            let amount = paid.reduce(Money.zero) { $0 + $1.amount }
            let ids = paid.compactMap(\.loanID)
            evidence = [e("amount", .money(amount), "loans[].outstanding"), e("loan_ids", .list(ids), "loans[].id"),
                        e("loan_id", .text(ids.first ?? ""), "loans[].id"), e("settles_at", .date(settles), "plan.settlement")]
            effect = ids.map { id in
                let before = r.loans.first { $0.id == id }?.outstanding ?? .zero
                let after = c.loans.first { $0.id == id }?.outstanding ?? .zero
                return "loans[\(id)].outstanding: \(before) → \(after)"
            }.joined(separator: "; ")
        case .closeExternalLoans(let n):
            let from = r.bureau.externalActiveLoans
            evidence = [e("count", .int(from), "bureau.external_active_loans"), e("target", .int(n), "plan"),
                        e("close", .int(from - n), "plan")]
            effect = "bureau.external_active_loans: \(from) → \(n)"
        case .reduceDebt(let m):
            evidence = [e("debt", .money(r.bureau.monthlyDebtPayments), "bureau.monthly_debt_payments"), e("target", .money(m), "plan"),
                        e("cut", .money(r.bureau.monthlyDebtPayments - m), "plan")]
            effect = "bureau.monthly_debt_payments: \(r.bureau.monthlyDebtPayments) → \(m)"
        case .verifyIncome:
            evidence = [e("income", .money(r.profile.monthlyIncome), "profile.monthly_income")]
            effect = "profile.income_verified: false → true"
        case .completeIdentity:
            effect = "account.identity_verified: true; account.id_expires_at: renewed"
        case .securityVerification:
            effect = "account.status: \(r.account.status.rawValue) → normal"
        case .completeComplianceReview:
            effect = "account.review: open → closed"
        case .verifyRecentChange:
            effect = "profile.info_changes: verified"
        case .replaceBankCard:
            effect = "bank_cards: + a valid card"
        case .openJiebei:
            evidence = [e("limit", .money(c.products.jiebei.limit), "plan.opening_limit")]
            effect = "products.jiebei.opened: false → true (limit \(c.products.jiebei.limit))"
        }
        return PlannedStep(kind: .act(action), code: code, evidence: evidence, when: nil, effect: effect)
    }

    /// Loans falling due before the approval date: the plan assumes they are paid on time.
    func onTimeSteps(_ r: CustomerRecord, now: Date, until: Date) -> [PlannedStep] {
        r.loans.enumerated().filter { $0.element.outstanding.isPositive && $0.element.dueAt.date >= now && $0.element.dueAt.date < until }
            .map { i, loan in
                PlannedStep(kind: .payOnTime, code: .CURRENT_OVERDUE, evidence: [
                    Evidence("loan_id", .text(loan.id), field: "loans[\(i)].id", asOf: now),
                    Evidence("amount", .money(loan.outstanding), field: "loans[\(i)].outstanding", asOf: now),
                    Evidence("due_at", .date(loan.dueAt.date), field: "loans[\(i)].due_at", asOf: now),
                ], when: loan.dueAt.date, effect: "loans[\(loan.id)].outstanding: \(loan.outstanding) → ¥0 on \(Timestamp.dateString(loan.dueAt.date))")
            }
    }
}
