import ExplainerCore
import Foundation

/// Measures the SQLite store the way the product uses it: `record(id:)` for every
/// answer and `appendAudit` after it. `explainer bench` calls ``run(directory:customers:lookups:appends:now:)``.
///
/// It creates `bench.sqlite` in `directory` (which must exist and should be empty),
/// imports `customers` synthetic records, then times each call separately.
public enum StoreBenchmark {
    /// Percentiles of one operation's latency.
    public struct Percentiles: Sendable, Hashable {
        public var count: Int
        public var p50: Duration
        public var p99: Duration
    }

    /// What ``run(directory:customers:lookups:appends:now:)`` measured.
    public struct Report: Sendable, Hashable, CustomStringConvertible {
        public var customers: Int
        public var recordLookup: Percentiles
        public var auditAppend: Percentiles

        /// Two lines: `store record(id:)  n=5000  p50 41.2 µs  p99 88.0 µs` and the same for `appendAudit`.
        public var description: String {
            [("store record(id:)", recordLookup), ("store appendAudit", auditAppend)].map { name, p in
                "\(name)  n=\(p.count)  p50 \(StoreBenchmark.format(p.p50))  p99 \(StoreBenchmark.format(p.p99))"
            }.joined(separator: "\n")
        }
    }

    /// Runs the benchmark; `now` stamps the imports and the audit entries.
    public static func run(directory: URL, customers: Int = 1000, lookups: Int = 5000, appends: Int = 500,
                           now: Date) throws(StoreError) -> Report {
        let path = directory.appendingPathComponent("bench.sqlite").path
        let store = try SQLiteRecordStore.open(path: path, now: now)
        let ids = (0..<max(1, customers)).map { "bench-\($0)" }
        _ = try store.importRecords(ids.map { (source: "bench", record: record($0, now: now)) }, at: now)
        var random = SplitMix64(seed: 42)
        let lookup = try measure(lookups) { () throws(StoreError) in
            _ = try store.record(id: ids[Int(random.next() % UInt64(ids.count))])
        }
        let append = try measure(appends) { () throws(StoreError) in
            try store.appendAudit(entry(ids[Int(random.next() % UInt64(ids.count))], now: now))
        }
        return Report(customers: ids.count, recordLookup: lookup, auditAppend: append)
    }

    private static func measure(_ count: Int, _ body: () throws(StoreError) -> Void) throws(StoreError) -> Percentiles {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(max(1, count))
        for _ in 0..<max(1, count) {
            let start = clock.now
            try body()
            samples.append(clock.now - start)
        }
        samples.sort()
        func at(_ q: Double) -> Duration { samples[min(samples.count - 1, Int(Double(samples.count) * q))] }
        return Percentiles(count: samples.count, p50: at(0.50), p99: at(0.99))
    }

    static func format(_ d: Duration) -> String {
        let micros = Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12
        return micros >= 1000 ? String(format: "%.2f ms", micros / 1000) : String(format: "%.1f µs", micros)
    }

    private static func record(_ id: String, now: Date) -> CustomerRecord {
        let day = Timestamp.day
        return CustomerRecord(
            userID: id, displayName: "Bench \(id)",
            account: .init(openedAt: now.addingTimeInterval(-400 * day)),
            profile: .init(monthlyIncome: Money(yuan: 12000), incomeVerified: true),
            bureau: .init(externalActiveLoans: 2, monthlyDebtPayments: Money(yuan: 3000),
                          inquiries: [.init(at: now.addingTimeInterval(-20 * day), lender: "some bank")]),
            products: .init(jiebei: .init(opened: true, limit: Money(yuan: 20000)), huabei: .init(opened: true, limit: Money(yuan: 8000))),
            loans: [.init(id: "L-1", amount: Money(yuan: 5000), borrowedAt: now.addingTimeInterval(-80 * day),
                          dueAt: now.addingTimeInterval(-50 * day), repaidAt: now.addingTimeInterval(-49 * day),
                          outstanding: .zero)],
            scoreHistory: [.init(at: now.addingTimeInterval(-30 * day), score: 688)])
    }

    private static func entry(_ id: String, now: Date) -> AuditEntry {
        AuditEntry(time: now, recordedAt: now, channel: .ask, userID: id, sessionID: "s-bench",
                   question: "为什么借不了钱？", intent: "why_cannot_borrow",
                   reasons: [.CURRENT_OVERDUE, .TOO_MANY_INQUIRIES], modelVersion: "bench", knowledgeDigest: "bench")
    }

}
