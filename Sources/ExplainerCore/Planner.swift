import Foundation

/// Finds the smallest set of actions after which the model approves a loan, and when.
///
/// The search is exhaustive over its action space: every subset of the applicable
/// action families (each family's variants tried in turn), smallest subsets first,
/// each evaluated at every time the model's verdict can change (inquiries ageing out,
/// holds ending, repayments settling…). The smallest plan wins, where a wait longer than
/// a settlement counts as one step (``effectiveSize(_:at:now:)``); among plans of that
/// size the earliest approval, then the cheapest. A plan is only returned after
/// the model, re-evaluated on the changed record at the plan's date, approves.
///
/// ```swift
/// switch Planner(model: model).plan(record, platform: platform, now: now) {
/// case .approvedNow: …
/// case .plan(let p): p.steps, p.approvedAt
/// case .noPlan(let holds, let reviewAt): …   // said plainly, no invented steps
/// }
/// ```
public struct Planner: Sendable {
    public let model: CreditModel
    /// How far ahead waiting is considered.
    public var horizonMonths: Int = 25
    /// Search with the whole trace (`evaluate(…).canBorrow`) instead of the verdict-only
    /// `canBorrow(…)`: the reference the tests compare plans against. Both must give the same plans.
    var searchesWithTrace = false

    public init(model: CreditModel) { self.model = model }

    /// - Parameter base: the model's trace of `record` at `now`, when the caller already has it.
    public func plan(_ record: CustomerRecord, platform: PlatformStatus, now: Date, base known: DecisionTrace? = nil) -> PlanOutcome {
        let base = known ?? model.evaluate(record, platform: platform, now: now)
        if base.canBorrow { return .approvedNow }
        if let fixed = unchangeableHold(base) {
            return .noPlan(holds: fixed, reviewAt: nil)
        }
        let times = eventTimes(record, platform: platform, now: now)
        let families = actionFamilies(record, platform: platform, now: now, times: times)
        var best: (actions: [RecoveryAction], at: Date, size: Int, cost: Int64)?
        var withoutAction: Date?
        for size in 0...families.count {
            if let b = best, size > b.size { break }
            forEachChoice(of: families, size: size) { actions in
                let changed = record.applying(actions, model: model, platform: platform, now: now)
                for t in times {
                    if let b = best, t > b.at, effectiveSize(actions.count, at: t, now: now) >= b.size { break }
                    guard approves(changed.payingOnTime(from: now, until: t), platform: platform, at: t) else { continue }
                    if actions.isEmpty { withoutAction = t }
                    let candidate = (actions, t, effectiveSize(actions.count, at: t, now: now), cost(of: changed, versus: record))
                    if best.map({ (candidate.2, candidate.1, candidate.3) < ($0.size, $0.at, $0.cost) }) ?? true {
                        best = candidate
                    }
                    break
                }
            }
        }
        if let b = best {
            var plan = makePlan(record, actions: b.actions, at: b.at, base: base, platform: platform, now: now)
            plan.withoutActionAt = withoutAction
            return .plan(plan)
        }
        let review = times.first { $0 > now && !model.evaluate(record.payingOnTime(from: now, until: $0), platform: platform, now: $0)
            .blockingFindings.map(\.code).elementsEqual(base.blockingFindings.map(\.code)) }
        return .noPlan(holds: base.blockingFindings.map(\.code), reviewAt: review)
    }

    /// The model's verdict on `record` at `t`: the whole trace's only when ``searchesWithTrace``.
    func approves(_ record: CustomerRecord, platform: PlatformStatus, at t: Date) -> Bool {
        searchesWithTrace ? model.evaluate(record, platform: platform, now: t).canBorrow
            : model.canBorrow(record, platform: platform, now: t)
    }

    /// A plan's size as the customer feels it: each action counts one, and so does a wait
    /// longer than a repayment's settlement — "repay ¥40 now" beats "wait three months".
    public func effectiveSize(_ actions: Int, at t: Date, now: Date) -> Int {
        actions + (t.timeIntervalSince(now) > Double(model.config.limits.settlementHours) * 3600 ? 1 : 0)
    }

    /// Blocking reasons that no action and no passage of time changes in this model.
    func unchangeableHold(_ trace: DecisionTrace) -> [ReasonCode]? {
        let fixed = trace.blockingFindings.filter { f in
            switch f.code {
            case .ACCOUNT_RESTRICTED, .BUREAU_UNAVAILABLE: return true
            case .FUNDING_QUOTA_EXHAUSTED: return f.clearsAt == nil
            default: return false
            }
        }
        return fixed.isEmpty ? nil : fixed.map(\.code)
    }

    /// Money the customer pays (fen) plus a small weight per loan closed, for tie-breaks.
    func cost(of changed: CustomerRecord, versus record: CustomerRecord) -> Int64 {
        let paid = changed.repayments.dropFirst(record.repayments.count).reduce(Int64(0)) { $0 + $1.amount.fen }
        let closed = Int64(record.bureau.externalActiveLoans - changed.bureau.externalActiveLoans)
        let debtCut = record.bureau.monthlyDebtPayments.fen - changed.bureau.monthlyDebtPayments.fen
        return paid + closed * 100_000 + debtCut * 12
    }

    /// Calls `body` with every way of taking `size` families, one variant from each.
    func forEachChoice(of families: [[RecoveryAction]], size: Int, _ body: ([RecoveryAction]) -> Void) {
        var chosen: [RecoveryAction] = []
        func recurse(_ start: Int) {
            if chosen.count == size { body(chosen); return }
            guard start < families.count, families.count - start >= size - chosen.count else { return }
            for i in start..<families.count {
                for variant in families[i] {
                    chosen.append(variant)
                    recurse(i + 1)
                    chosen.removeLast()
                }
            }
        }
        recurse(0)
    }
}
