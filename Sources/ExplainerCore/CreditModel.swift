import Foundation

/// The transparent credit model: a scorecard, policy gates and a limit formula,
/// parameterised by ``ModelConfig``.
///
/// ```swift
/// let trace = CreditModel(config: config).evaluate(record, platform: .normal, now: now)
/// trace.canBorrow        // a ¥100 jiebei loan requested now would be approved and paid out
/// trace.findings         // every reason, each with evidence and, where known, when it clears
/// ```
/// Evaluation is pure: the same record, platform and time give the same trace.
public struct CreditModel: Sendable {
    public let config: ModelConfig

    public init(config: ModelConfig) { self.config = config }

    /// Evaluates `record` at `now`.
    public func evaluate(_ record: CustomerRecord, platform: PlatformStatus, now: Date) -> DecisionTrace {
        var e = Evaluation(config: config, record: record, platform: platform, now: now)
        return e.run()
    }
}

/// One evaluation in progress: the inputs and what has been found so far.
struct Evaluation {
    let config: ModelConfig
    let record: CustomerRecord
    let platform: PlatformStatus
    let now: Date
    var findings: [Finding] = []
    var gates: [GateResult] = []
    var factors: [FactorResult] = []

    init(config: ModelConfig, record: CustomerRecord, platform: PlatformStatus, now: Date) {
        self.config = config; self.record = record; self.platform = platform; self.now = now
    }

    mutating func run() -> DecisionTrace {
        let score = scoreFactors()
        accountGates()
        creditGates(score: score)
        let symbolic = platformGates(score: score)
        let amounts = limitAndAvailable(score: score, symbolic: symbolic)
        disbursementChecks()
        scoreChange(score: score)
        openingCheck()
        let huabei = huabeiView(exposureRoom: amounts.exposureCap)
        let canBorrow = !findings.contains { $0.blocking }
        return DecisionTrace(
            modelVersion: config.version, now: now, score: score, threshold: config.score.threshold,
            factors: factors, gates: gates, assignedLimit: record.products.jiebei.limit,
            limit: amounts.limit, used: amounts.used, pending: amounts.pending,
            available: amounts.available, huabei: huabei, canBorrow: canBorrow, findings: findings)
    }

    // MARK: helpers shared by the rule files

    func ev(_ key: String, _ value: Evidence.Value, _ field: String) -> Evidence {
        Evidence(key, value, field: field, asOf: now)
    }

    mutating func gate(_ code: ReasonCode, failed: Bool, evidence: [Evidence], clearsAt: Date? = nil,
                       kind: FindingKind = .gate) {
        gates.append(GateResult(code: code, passed: !failed, evidence: evidence, clearsAt: failed ? clearsAt : nil))
        if failed {
            findings.append(Finding(code: code, kind: kind, evidence: evidence, clearsAt: clearsAt, blocking: true))
        }
    }

    /// The date a rolling-window count falls below `limit`, given the event times in the window.
    /// Counting rule: an event counts while `at > now - window`.
    func dateCountFallsBelow(_ limit: Int, times: [Date], windowDays: Int) -> Date? {
        guard times.count >= limit else { return nil }
        let sorted = times.sorted()
        return Timestamp.adding(days: windowDays, to: sorted[sorted.count - limit])
    }

    var verifiedIncome: Money? {
        let p = record.profile
        return p.incomeVerified && p.monthlyIncome.isPositive ? p.monthlyIncome : nil
    }

    /// Loans unpaid past their due date at `now`, with their index in `loans`.
    var overdueLoans: [(Int, CustomerRecord.Loan)] {
        record.loans.enumerated().filter { $0.element.outstanding.isPositive && $0.element.dueAt.date < now }
    }
}
