@testable import ExplainerServer
import Testing

/// The `limit:` line of `explainer bench socket`: which side's CPU held the run back, read
/// from the CPU each used on a machine of N cores.
@Suite struct LoadLimitTests {
    /// A one-second run of 1,000 replies in which the server and the client used these many cores.
    private func report(server: Double?, client: Double, rate: Double? = nil, replies: Int = 1_000) -> LoadReport {
        var result = ConnectionResult(histogram: LoadGenerator.makeHistogram())
        result.replies = replies
        return LoadReport(connections: 32, rate: rate, results: [result], elapsed: .seconds(1),
                          clientCPU: .milliseconds(Int64(client * 1000)),
                          serverCPU: server.map { .milliseconds(Int64($0 * 1000)) }, serverPID: 42)
    }

    @Test func aBusyMachineIsLimitedByTheSideThatUsesMoreOfIt() {
        #expect(report(server: 1.45, client: 0.22).limit(cores: 2) == .server)
        #expect(report(server: 0.4, client: 1.3).limit(cores: 2) == .client)
        #expect(report(server: 1.45, client: 0.22).limitDescription(cores: 2)
            == "limit: the server's CPU (1.45 of 2 cores busy with it, 0.22 with the load generator)")
        #expect(report(server: 0.4, client: 1.3).limitDescription(cores: 2).hasPrefix("limit: the load generator's CPU (1.30 of 2 cores)"))
    }

    @Test func anIdleMachineWaitedForSomethingElse() {
        #expect(report(server: 0.7, client: 0.08).limit(cores: 2) == .neither)
        #expect(report(server: 1.45, client: 0.22).limit(cores: 4) == .neither)
        #expect(report(server: 0.7, client: 0.08).limitDescription(cores: 2).hasPrefix("limit: neither process's CPU (0.78 of 2 cores busy)"))
    }

    @Test func anOpenLoopThatKeptItsRateHadNoLimit() {
        #expect(report(server: 1.9, client: 0.1, rate: 1_000, replies: 990).limit(cores: 2) == .targetMet)
        #expect(report(server: 1.7, client: 0.2, rate: 2_000, replies: 1_500).limit(cores: 2) == .server)
    }

    @Test func anUnmeasuredServerIsSaidSo() {
        #expect(report(server: nil, client: 0.2).limit(cores: 2) == .unknown)
        #expect(report(server: nil, client: 0.2).limitDescription(cores: 2) == "limit: unknown (the server's CPU was not measured)")
    }
}
