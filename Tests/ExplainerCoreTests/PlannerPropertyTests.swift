import Foundation
import Testing
@testable import ExplainerCore

/// The planner's promises, checked over many generated customers:
/// every plan it prints makes the re-evaluated model approve, and when it reports no
/// plan, a brute-force search over the whole action space and every event time finds none.
@Suite struct PlannerPropertyTests {
    static let count = 1200
    let model = Fixtures.model
    var planner: Planner { Planner(model: model) }

    /// Every way of taking any subset of the families, one variant each.
    func everyChoice(_ families: [[RecoveryAction]]) -> [[RecoveryAction]] {
        families.reduce([[]]) { acc, family in acc + acc.flatMap { base in family.map { base + [$0] } } }
    }

    func approves(_ r: CustomerRecord, _ actions: [RecoveryAction], platform: PlatformStatus, now: Date, at t: Date) -> Bool {
        let changed = r.applying(actions, model: model, platform: platform, now: now)
        return model.evaluate(changed.payingOnTime(from: now, until: t), platform: platform, now: t).canBorrow
    }

    @Test func plansAreVerifiedAndNoPlanMeansNoneExists() {
        var gen = RecordGenerator(rng: SeededRandom(seed: 20261120), now: Fixtures.now)
        var tally = (now: 0, plan: 0, none: 0, waits: 0)
        for n in 0..<Self.count {
            let record = gen.record(n)
            let platform = gen.platform()
            let now = Fixtures.now
            switch planner.plan(record, platform: platform, now: now) {
            case .approvedNow:
                tally.now += 1
                #expect(model.evaluate(record, platform: platform, now: now).canBorrow, "record \(n)")
            case .plan(let p):
                tally.plan += 1
                if p.waits { tally.waits += 1 }
                let actions = p.steps.compactMap { if case .act(let a) = $0.kind { a } else { nil } }
                #expect(approves(record, actions, platform: platform, now: now, at: p.approvedAt), "record \(n): plan not approved")
                #expect(p.verification.canBorrow, "record \(n)")
                #expect(p.approvedAt >= now)
                let immutable = actions.filter { $0.addresses.isEmpty }
                #expect(immutable.isEmpty)
            case .noPlan:
                tally.none += 1
                let times = planner.eventTimes(record, platform: platform, now: now)
                let families = planner.actionFamilies(record, platform: platform, now: now, times: times)
                let found = everyChoice(families).contains { actions in
                    times.contains { approves(record, actions, platform: platform, now: now, at: $0) }
                }
                #expect(!found, "record \(n): planner said no plan, brute force found one")
            }
        }
        // The generator must exercise every outcome, or the test proves little.
        #expect(tally.now > 50 && tally.plan > 300 && tally.none > 20 && tally.waits > 50, "\(tally)")
    }

    @Test func plansAreMinimalCountingALongWaitAsAStep() {
        var gen = RecordGenerator(rng: SeededRandom(seed: 7), now: Fixtures.now)
        for n in 0..<300 {
            let record = gen.record(n)
            let platform = gen.platform()
            guard case .plan(let p) = planner.plan(record, platform: platform, now: Fixtures.now) else { continue }
            let acts = p.steps.filter { if case .act = $0.kind { true } else { false } }.count
            let size = planner.effectiveSize(acts, at: p.approvedAt, now: Fixtures.now)
            guard size > 0 else { continue }
            let times = planner.eventTimes(record, platform: platform, now: Fixtures.now)
            let families = planner.actionFamilies(record, platform: platform, now: Fixtures.now, times: times)
            let smaller = everyChoice(families).filter { $0.count < size }.contains { actions in
                times.contains { t in
                    planner.effectiveSize(actions.count, at: t, now: Fixtures.now) < size
                        && approves(record, actions, platform: platform, now: Fixtures.now, at: t)
                }
            }
            #expect(!smaller, "record \(n): a smaller plan exists")
        }
    }
}
