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
        Evaluation(config: config, record: record, platform: platform, now: now, tracing: true).run()
    }

    /// Whether a loan would be approved: exactly `evaluate(record, platform:, now:).canBorrow`,
    /// from the same rules, without building the trace.
    ///
    /// Use it where only the verdict matters and speed does (the planner's search); use
    /// ``evaluate(_:platform:now:)`` for anything shown to a customer.
    public func canBorrow(_ record: CustomerRecord, platform: PlatformStatus, now: Date) -> Bool {
        Evaluation(config: config, record: record, platform: platform, now: now, tracing: false).verdict()
    }

    /// The score and the jiebei and huabei amounts, exactly as ``evaluate(_:platform:now:)`` gives them,
    /// without the trace: what the recovery actions size their repayments and opening limit by.
    func figures(_ record: CustomerRecord, platform: PlatformStatus, now: Date) -> Figures {
        let e = Evaluation(config: config, record: record, platform: platform, now: now, tracing: false)
        let (score, amounts) = e.applyRules {}
        return Figures(score: score, limit: amounts.limit, used: amounts.used, pending: amounts.pending,
                       huabeiUsed: e.used(.huabei))
    }
}

/// One evaluation in progress: the inputs and what has been found so far.
///
/// With `tracing` off (``CreditModel/canBorrow(_:platform:now:)``) the same rules run, but
/// nothing that only the trace shows is built: no evidence, no passed gates, no non-blocking findings.
/// A class, so that evidence can be passed as an autoclosure to the methods that record it.
final class Evaluation {
    let config: ModelConfig
    let record: CustomerRecord
    let platform: PlatformStatus
    let now: Date
    /// Whether to build the whole trace; when false only blocking findings are kept, without evidence.
    let tracing: Bool
    var findings: [Finding] = []
    var gates: [GateResult] = []
    var factors: [FactorResult] = []

    init(config: ModelConfig, record: CustomerRecord, platform: PlatformStatus, now: Date, tracing: Bool) {
        self.config = config; self.record = record; self.platform = platform; self.now = now; self.tracing = tracing
    }

    /// Every rule, in order, with `checkpoint` called between stages; it may throw to stop early.
    /// Rules only ever add findings, so once one blocks the verdict cannot change.
    func applyRules<Stop: Error>(checkpoint: () throws(Stop) -> Void) throws(Stop) -> (score: Int, amounts: Amounts) {
        accountGates()
        try checkpoint()
        let score = scoreFactors()
        creditGates(score: score)
        try checkpoint()
        let symbolic = platformGates(score: score)
        try checkpoint()
        let amounts = limitAndAvailable(score: score, symbolic: symbolic)
        disbursementChecks()
        try checkpoint()
        scoreChange(score: score)
        openingCheck()
        return (score, amounts)
    }

    /// Stops a verdict-only evaluation at the first stage that leaves a blocking finding.
    struct Blocked: Error {}

    /// The verdict alone: the rules of ``run()``, stopping as soon as one blocks.
    func verdict() -> Bool {
        do {
            _ = try applyRules { () throws(Blocked) in if blocked { throw Blocked() } }
        } catch {
            return false
        }
        return !blocked
    }

    var blocked: Bool { findings.contains { $0.blocking } }

    func run() -> DecisionTrace {
        let (score, amounts) = applyRules {}
        let huabei = huabeiView(exposureRoom: amounts.exposureCap)
        let canBorrow = !blocked
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

    /// Evidence that only the trace shows: built when tracing, empty otherwise.
    func traced(_ evidence: @autoclosure () -> [Evidence]) -> [Evidence] {
        tracing ? evidence() : []
    }

    /// Records a gate's result; a failed gate is a blocking finding.
    func gate(_ code: ReasonCode, failed: Bool, evidence: @autoclosure () -> [Evidence], clearsAt: Date? = nil,
              kind: FindingKind = .gate) {
        let shown = traced(evidence())
        if tracing { gates.append(GateResult(code: code, passed: !failed, evidence: shown, clearsAt: failed ? clearsAt : nil)) }
        if failed {
            findings.append(Finding(code: code, kind: kind, evidence: shown, clearsAt: clearsAt, blocking: true))
        }
    }

    /// Records a finding. Without tracing, only a blocking one is kept, and without its evidence.
    func find(_ code: ReasonCode, kind: FindingKind, evidence: @autoclosure () -> [Evidence],
              clearsAt: @autoclosure () -> Date? = nil, blocking: Bool, pointsLost: Int = 0) {
        guard tracing || blocking else { return }
        findings.append(Finding(code: code, kind: kind, evidence: traced(evidence()), clearsAt: clearsAt(),
                                blocking: blocking, pointsLost: pointsLost))
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
