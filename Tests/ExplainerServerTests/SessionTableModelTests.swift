import ExplainerCore
import ExplainerServer
import Testing

/// The table against a plain model of its rules (drop expired sessions first, then the least
/// recently used; a used session is fresh again), over thousands of seeded random operations.
@Suite struct SessionTableModelTests {
    /// The rules written the obvious way: scan everything on every eviction.
    struct Model {
        var lastUsed: [String: (time: Int, order: Int)] = [:]
        var order = 0
        let capacity: Int
        let idle: Int

        mutating func makeRoom(now: Int) {
            lastUsed = lastUsed.filter { now - $0.value.time < idle }
            guard lastUsed.count >= capacity else { return }
            if let oldest = lastUsed.min(by: { ($0.value.time, $0.value.order) < ($1.value.time, $1.value.order) }) {
                lastUsed[oldest.key] = nil
            }
        }

        /// Whether `id` is live at `now`; marks it used if so, forgets it if it expired.
        mutating func use(_ id: String, now: Int) -> Bool {
            guard let entry = lastUsed[id] else { return false }
            guard now - entry.time < idle else { lastUsed[id] = nil; return false }
            order += 1
            lastUsed[id] = (now, order)
            return true
        }

        mutating func add(_ id: String, now: Int) {
            order += 1
            lastUsed[id] = (now, order)
        }
    }

    /// `creates` in ten operations create a session; most of the rest use one of the recent ones
    /// (so the use records pile up and get compacted), a few remove one.
    @Test(arguments: [(capacity: 1, idle: 5, creates: 4), (capacity: 8, idle: 40, creates: 4),
                      (capacity: 64, idle: 1_000, creates: 4), (capacity: 64, idle: 100_000, creates: 1)])
    func agreesWithTheModel(capacity: Int, idle: Int, creates: UInt64) throws {
        let t0 = ContinuousClock.now
        let table = SessionTable<Int>(capacity: capacity, idleTimeout: .seconds(idle), random: SplitMix64(seed: 7))
        var model = Model(capacity: capacity, idle: idle)
        var random = SplitMix64(seed: UInt64(capacity * 1_000 + idle))
        var known: [String] = []
        var now = 0
        for step in 0..<20_000 {
            now += Int(random.next() % 3)
            let instant = t0 + .seconds(now)
            switch random.next() % 10 {
            case 0..<creates:
                model.makeRoom(now: now)
                let id = table.create(userID: "u", value: step, now: instant)
                model.add(id, now: now)
                known.append(id)
            case creates..<9 where !known.isEmpty:
                let recent = known.suffix(2 * capacity)
                let id = recent[recent.startIndex + Int(random.next() % UInt64(recent.count))]
                let live = (try? table.value(for: id, userID: "u", now: instant)) != nil
                #expect(live == model.use(id, now: now), "step \(step)")
            default:
                if let id = known.randomElement(using: &random) {
                    #expect(table.remove(id) == (model.lastUsed.removeValue(forKey: id) != nil), "step \(step)")
                }
            }
            #expect(table.count == model.lastUsed.count, "step \(step)")
        }
    }
}
