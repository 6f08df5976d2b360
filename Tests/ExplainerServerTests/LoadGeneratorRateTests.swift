@testable import ExplainerServer
import Foundation
import Testing

/// Open-loop runs keep to their schedule and count latency from each request's due time;
/// the CPU sampler reads this process and the server, and says nothing for a missing one.
@Suite struct LoadGeneratorRateTests {
    private static let sum = #"{"jsonrpc":"2.0","method":"sum","params":{"a":1,"b":2}}"#

    @Test(.timeLimit(.minutes(1)))
    func anOpenLoopRunKeepsToItsSchedule() async throws {
        try await withTestServer { _, path in
            // 4 connections at 100 requests a second in all: request k of connection i is due
            // at (4k + i) / 100 s, so the last of 40 is due at 0.39 s; without pacing, 40 sums
            // take a few milliseconds.
            let generator = try LoadGenerator(
                socketPath: path, connections: 4, requestsPerConnection: 10, requestLines: [Self.sum], rate: 100)
            let report = try await generator.run()
            #expect(report.requests == 40)
            #expect(report.histogram.totalCount == 40)
            #expect(report.errorReplies == 0)
            #expect(report.elapsed >= .milliseconds(390))
            #expect(report.targetRate == 100)
            #expect(report.description.contains(", target rate 100 req/s, throughput "))
            #expect(report.json["target_rps"] == .double(100))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func latencyRunsFromTheDueTimeNotTheSend() async throws {
        try await withTestServer { _, path in
            // Due every 10 ms, answered in 30 ms at best: request 8 is due at 70 ms and cannot be
            // sent before 7 replies (210 ms) nor answered before 240 ms, so it waited at least
            // 170 ms from its due time, though each reply came about 30 ms after its send.
            let generator = try LoadGenerator(
                socketPath: path, connections: 1, requestsPerConnection: 8,
                requestLines: [#"{"jsonrpc":"2.0","method":"slow","params":{"ms":30}}"#], rate: 100)
            let report = try await generator.run()
            #expect(report.requests == 8)
            #expect(report.max >= .milliseconds(170))
            #expect(report.throughput < 50)
            // The late sends are the client's lateness too: request 8 went out at least 140 ms late.
            #expect(report.lateBy(100) >= .milliseconds(140))
            #expect(report.description.contains("; sent late by p50 "))
        }
    }

    @Test func aBadRateIsRefusedWithASentence() {
        let cases: [(rate: Double, connections: Int, message: String)] = [
            (0, 1, "rate must be above 0 and at most 100000 requests a second per connection, not 0"),
            (-5, 1, "rate must be above 0 and at most 100000 requests a second per connection, not -5"),
            (-1e20, 1, "rate must be above 0 and at most 100000 requests a second per connection, not -1e+20"),
            (.nan, 1, "rate must be above 0 and at most 100000 requests a second per connection, not nan"),
            (.infinity, 2, "rate must be above 0 and at most 100000 requests a second per connection, not inf"),
            (300_000, 2, "rate must be above 0 and at most 100000 requests a second per connection, not 150000"),
            (0.5, 2, "at 0.5 requests a second the schedule takes 198 s, longer than the timeout of 120 s"),
        ]
        for (rate, connections, message) in cases {
            do throws(LoadGeneratorError) {
                _ = try LoadGenerator(socketPath: "/tmp/x", connections: connections, requestsPerConnection: 50,
                                      requestLines: [Self.sum], rate: rate)
                Issue.record("rate \(rate) was accepted")
            } catch {
                #expect(error.description == message)
            }
        }
    }
}

extension LoadGeneratorRateTests {
    @Test func measuresThisProcessesCPU() throws {
        let before = ProcessCPU.ownTime()
        let procBefore = try #require(ProcessCPU.time(ofProcess: getpid()))
        #expect(before >= .zero && procBefore >= .zero)
        // Spin until getrusage shows 20 ms more (bounded: 5 s of wall time).
        let deadline = ContinuousClock.now + .seconds(5)
        while ProcessCPU.ownTime() - before < .milliseconds(20), ContinuousClock.now < deadline {}
        #expect(ProcessCPU.ownTime() - before >= .milliseconds(20))
        #expect(try #require(ProcessCPU.time(ofProcess: getpid())) >= procBefore)
    }

    @Test func readsUserAndSystemTicksAfterTheCommandName() {
        // The command name may hold spaces and parentheses; utime and stime are fields 14 and 15.
        let line = "4242 (we) ird) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 130 0 0 20 0 1 0 99 1000 50\n"
        #expect(ProcessCPU.parseStat(line, ticksPerSecond: 100) == .milliseconds(3_800))
        #expect(ProcessCPU.parseStat("4242 (x) S 1 2", ticksPerSecond: 100) == nil)
    }

    @Test func aProcessThatDoesNotExistHasNoCPUTime() {
        #expect(ProcessCPU.time(ofProcess: Int32.max) == nil)
        #expect(ProcessCPU.time(ofProcess: 0) == nil)
        #expect(ProcessCPU.time(ofProcess: -1) == nil)
    }

    @Test(.timeLimit(.minutes(1)))
    func theReportGivesEachSidesCPUOrSaysWhyNot() async throws {
        try await withTestServer { _, path in
            let generator = try LoadGenerator(socketPath: path, connections: 1, requestsPerConnection: 5, requestLines: [Self.sum])
            // The test server runs in this process, so its pid is ours.
            let pid = try #require(PeerCredentials.ofListener(at: path)?.pid)
            #expect(pid == getpid())
            let measured = try await generator.run(serverPID: pid)
            let server = try #require(measured.serverCPU)
            #expect(server.microsecondsPerRequest >= 0 && server.cores >= 0 && measured.clientCPU.cores >= 0)
            #expect(measured.cpuDescription.hasPrefix("cpu: server "))
            #expect(measured.cpuDescription.contains(" µs/request ("))
            #expect(measured.json["target_rps"] == .null)
            #expect(measured.json["late_p99_us"] == .null && !measured.description.contains("sent late"))
            #expect(measured.json["server_cores"] != .null)

            let gone = try await generator.run(serverPID: Int32.max)
            #expect(gone.serverCPU == nil)
            #expect(gone.cpuDescription.hasPrefix("cpu: server not measured (cannot read /proc/2147483647/stat), client "))
            #expect(gone.json["server_cpu_us_per_request"] == .null)
            let unknown = try await generator.run()
            #expect(unknown.cpuDescription.hasPrefix("cpu: server not measured (its pid is unknown), client "))
        }
        #expect(PeerCredentials.ofListener(at: "/tmp/no-such-explainer.sock") == nil)
    }
}
