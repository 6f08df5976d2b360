import Foundation
import Testing
@testable import ExplainerCore

/// The planner's trace-free evaluations change nothing: `canBorrow` agrees with
/// `evaluate(…).canBorrow`, and `figures` with the trace's numbers, on every record the search
/// looks at; and the planner returns exactly the outcome it returns when it searches with the whole trace.
@Suite struct VerdictOnlyTests {
    static let count = 2000
    let model = Fixtures.model
    var planner: Planner { Planner(model: model) }

    /// The customer as is, after each action variant alone, and after one variant of every family:
    /// the kinds of record the planner's search evaluates.
    func searched(_ r: CustomerRecord, platform: PlatformStatus, now: Date, families: [[RecoveryAction]]) -> [CustomerRecord] {
        var out = [r]
        out += families.flatMap { $0 }.map { r.applying([$0], model: model, platform: platform, now: now) }
        out.append(r.applying(families.compactMap(\.first), model: model, platform: platform, now: now))
        return out
    }

    /// A generated record, with two troubles the generator does not make for some of them:
    /// quick borrow-and-repay cycling, and a jiebei limit leaving less than the minimum loan.
    func sharpened(_ record: CustomerRecord, _ n: Int, gen: inout RecordGenerator) -> CustomerRecord {
        var r = record
        if n % 10 == 3 {
            r.loans += (0..<3).map { i in
                let borrowed = gen.daysAgo(4...25)
                return .init(id: "C\(i)", amount: Money(yuan: 500), borrowedAt: borrowed,
                             dueAt: borrowed.addingTimeInterval(30 * Timestamp.day),
                             repaidAt: borrowed.addingTimeInterval(Double(gen.int(1...2)) * Timestamp.day), outstanding: .zero)
            }
        }
        if n % 10 == 7 {
            let used = r.loans.filter { $0.product == .jiebei }.reduce(Money.zero) { $0 + $1.outstanding }
            r.products.jiebei.limit = used + Money(yuan: gen.int(1...99))
        }
        return r
    }

    @Test func verdictAndFiguresEqualTheTraces() {
        var gen = RecordGenerator(rng: SeededRandom(seed: 4_2026_11), now: Fixtures.now)
        var tally = (approved: 0, blocked: 0, mismatches: [String]())
        var blockers: Set<ReasonCode> = []
        for n in 0..<Self.count {
            let record = sharpened(gen.record(n), n, gen: &gen)
            let platform = gen.platform()
            let now = Fixtures.now
            let times = planner.eventTimes(record, platform: platform, now: now)
            let families = planner.actionFamilies(record, platform: platform, now: now, times: times)
            for candidate in searched(record, platform: platform, now: now, families: families) {
                for t in times {
                    let r = candidate.payingOnTime(from: now, until: t)
                    let trace = model.evaluate(r, platform: platform, now: t)
                    if trace.canBorrow { tally.approved += 1 } else { tally.blocked += 1 }
                    blockers.formUnion(trace.blockingFindings.map(\.code))
                    if model.canBorrow(r, platform: platform, now: t) != trace.canBorrow {
                        tally.mismatches.append("record \(n) at \(Timestamp.isoString(t)): trace says \(trace.canBorrow)")
                    }
                    let f = model.figures(r, platform: platform, now: t)
                    if (f.score, f.limit, f.used, f.pending, f.huabeiUsed) != (trace.score, trace.limit, trace.used, trace.pending, trace.huabei.used) {
                        tally.mismatches.append("record \(n) at \(Timestamp.isoString(t)): figures \(f)")
                    }
                }
            }
        }
        #expect(tally.mismatches.isEmpty, "\(tally.mismatches.count) mismatches, first: \(tally.mismatches.prefix(5))")
        // Both verdicts, and every blocking reason the model has, must occur, or the test proves little.
        #expect(tally.approved > 10_000 && tally.blocked > 10_000, "approved \(tally.approved), blocked \(tally.blocked)")
        let missing = Set(ReasonCode.allCases).subtracting(blockers).subtracting(Self.neverBlocking)
        #expect(missing.isEmpty, "blocking reasons the sample never produced: \(missing.map(\.rawValue).sorted())")
    }

    /// Reasons that never block a jiebei loan (the trace shows them for explanation only).
    static let neverBlocking: Set<ReasonCode> = [.OVERDUE_HISTORY, .INCOME_UNVERIFIED, .SCORE_DROPPED, .STALE_RISK_DATA, .REGULATORY_CAP]

    @Test func plansEqualThoseOfTheSearchWithTheWholeTrace() {
        var gen = RecordGenerator(rng: SeededRandom(seed: 2026_1120), now: Fixtures.now)
        var reference = planner
        reference.searchesWithTrace = true
        var tally = (now: 0, plan: 0, none: 0)
        for n in 0..<Self.count {
            let record = gen.record(n)
            let platform = gen.platform()
            let outcome = planner.plan(record, platform: platform, now: Fixtures.now)
            #expect(outcome == reference.plan(record, platform: platform, now: Fixtures.now), "record \(n)")
            switch outcome {
            case .approvedNow: tally.now += 1
            case .plan: tally.plan += 1
            case .noPlan: tally.none += 1
            }
        }
        #expect(tally.now > 50 && tally.plan > 500 && tally.none > 50, "\(tally)")
    }
}
