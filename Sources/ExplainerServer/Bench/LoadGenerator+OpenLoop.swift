import Foundation

extension LoadGenerator {
    /// Refuses a rate that is not a positive number, asks more of one connection than
    /// `maxRatePerConnection`, or schedules more requests than fit in the timeout.
    static func check(rate: Double, connections: Int, requests: Int, timeout: Duration) throws(LoadGeneratorError) {
        guard rate.isFinite, rate > 0, rate / Double(connections) <= maxRatePerConnection else {
            throw LoadGeneratorError("rate must be above 0 and at most \(Int(maxRatePerConnection)) requests a second "
                + "per connection, not \(formatRate(rate / Double(connections)))")
        }
        let span = Double(requests - 1) / rate
        guard span < CPUUsage.seconds(timeout) else {
            throw LoadGeneratorError("at \(formatRate(rate)) requests a second the schedule takes \(Int(span.rounded(.up))) s, "
                + "longer than the timeout of \(timeout.components.seconds) s")
        }
    }

    /// When line `sequence` of connection `index` is due in an open-loop run at `rate`: line
    /// slot `sequence × connections + index`, one slot every `batch` / `rate` seconds from `start`
    /// (a batch is due when its first request is).
    func due(line sequence: Int, connection index: Int, rate: Double, start: ContinuousClock.Instant) -> ContinuousClock.Instant {
        start + .seconds(Double((sequence * connections + index) * batch) / rate)
    }

    /// `2000`, or `2.5` for a rate that is not a whole number.
    static func formatRate(_ rate: Double) -> String {
        rate == rate.rounded() && abs(rate) < 1e15 ? String(Int(rate)) : String(format: "%.3g", rate)
    }
}
