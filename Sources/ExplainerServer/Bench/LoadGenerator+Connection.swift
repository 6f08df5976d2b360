import Histogram
import NIOCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one connection measured.
struct ConnectionResult: Sendable {
    var histogram: Histogram<UInt64>
    /// Open loop: how late each request was written after its due time (the client's own delay).
    var lateness = LoadGenerator.makeHistogram()
    var replies = 0
    var errorReplies = 0
}

extension LoadGenerator {
    /// Latencies are recorded in nanoseconds, up to one minute.
    static func makeHistogram() -> Histogram<UInt64> {
        Histogram<UInt64>(highestTrackableValue: 60_000_000_000, numberOfSignificantValueDigits: .three)
    }

    /// Connects and sends this connection's requests: closed loop, or on `rate`'s schedule once `gate` opens.
    func runConnection(_ index: Int, gate: StartGate?, eventLoopGroup: any EventLoopGroup) async throws -> ConnectionResult {
        let connection = index + 1
        do {
            if rate == nil { return try await runClosedLoop(index, eventLoopGroup: eventLoopGroup) }
            return try await LineClient.withConnection(to: socketPath, eventLoopGroup: eventLoopGroup) { lines in
                var result = ConnectionResult(histogram: Self.makeHistogram())
                let start = try await gate?.arrive()
                for sequence in 0..<requestsPerConnection {
                    let id = index * requestsPerConnection + sequence + 1
                    let due = try await waitUntilDue(request: sequence, connection: index, start: start)
                    try await exchange(id: id, due: due, connection: connection, over: &lines, into: &result)
                }
                return result
            }
        } catch let error as LoadGeneratorError {
            throw error
        } catch let error as IOError {
            let hint = error.errnoCode == ENOENT || error.errnoCode == ECONNREFUSED ? "; is the server running?" : ""
            throw LoadGeneratorError("connection \(connection) to \(socketPath) failed: \(SystemText.errorString(error.errnoCode))\(hint)")
        } catch {
            throw LoadGeneratorError("connection \(connection) to \(socketPath) failed: \(error)")
        }
    }

    /// Sends request `id`, waits for its reply, records the latency, and checks the reply's id.
    ///
    /// Latency runs from `due` when given (open loop), else from just before the write.
    private func exchange(
        id: Int, due: ContinuousClock.Instant?, connection: Int, over lines: inout LineConnection, into result: inout ConnectionResult
    ) async throws {
        let line = templates[id % templates.count].line(id: id)
        let written = ContinuousClock.now
        let sent = due ?? written
        if let due { _ = result.lateness.record(Self.nanoseconds(due.duration(to: written))) }
        try await lines.send(bytes: line)
        guard let reply = try await lines.receiveLine() else {
            throw LoadGeneratorError("connection \(connection): the server closed the connection after \(result.replies) replies")
        }
        _ = result.histogram.record(Self.nanoseconds(sent.duration(to: .now)))
        try Self.check(reply: reply, id: id, connection: connection, into: &result)
    }

    /// Counts `reply` into `result` after checking that it answers request `id`.
    static func check(reply: ByteBuffer, id: Int, connection: Int, into result: inout ConnectionResult) throws(LoadGeneratorError) {
        let value: JSONValue
        do { value = try JSONValue(parsing: reply, members: replyMembers) } catch {
            throw LoadGeneratorError("connection \(connection): reply \(result.replies + 1) is not valid JSON: \(error)")
        }
        guard value["id"] == .integer(id) else {
            let got = value["id"]?.serialized() ?? "none"
            throw LoadGeneratorError("connection \(connection): reply \(result.replies + 1) has id \(got), expected \(id)")
        }
        result.replies += 1
        if value["error"] != nil { result.errorReplies += 1 }
    }

    /// What the generator reads of a reply; the rest (the answer) is checked as JSON, not built.
    private static let replyMembers: Set<String> = ["id", "error"]

    /// `duration` in whole nanoseconds, clamped to what the histograms hold (0 to one minute).
    static func nanoseconds(_ duration: Duration) -> UInt64 {
        let nanoseconds = duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
        return UInt64(min(max(nanoseconds, 0), 60_000_000_000))
    }
}
