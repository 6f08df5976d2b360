import Histogram
import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One connected connection of a run: its channel, and its result once it has sent everything.
struct LoadConnection: Sendable {
    let channel: any Channel
    let finished: EventLoopFuture<ConnectionResult>

    /// Waits for the connection's result; cancelling the wait closes the connection (which fails it).
    func result() async throws -> ConnectionResult {
        try await withTaskCancellationHandler {
            defer { channel.close(promise: nil) }
            return try await finished.get()
        } onCancel: {
            channel.close(promise: nil)
        }
    }
}

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

    /// Opens connection `index` (numbered from 0) with its ``LoadConnectionHandler``, which
    /// waits for the run's ``LoadStart``.
    func connect(_ index: Int, eventLoopGroup: any EventLoopGroup) async throws -> LoadConnection {
        let loop = eventLoopGroup.next()
        let finished = loop.makePromise(of: ConnectionResult.self)
        let generator = self
        let connecting = ClientBootstrap(group: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(ByteToMessageHandler(LineFrameDecoder(maxLength: Self.maxReplyLength)))
                    try sync.addHandler(LoadConnectionHandler(generator: generator, index: index, finished: finished))
                }
            }
            .connect(unixDomainSocketPath: socketPath)
        do {
            return LoadConnection(channel: try await connecting.get(), finished: finished.futureResult)
        } catch {
            finished.fail(error)
            let connection = index + 1
            if let error = error as? IOError {
                let hint = error.errnoCode == ENOENT || error.errnoCode == ECONNREFUSED ? "; is the server running?" : ""
                throw LoadGeneratorError("connection \(connection) to \(socketPath) failed: \(SystemText.errorString(error.errnoCode))\(hint)")
            }
            throw LoadGeneratorError("connection \(connection) to \(socketPath) failed: \(error)")
        }
    }

    /// The longest reply line read (16 MiB).
    static let maxReplyLength = 16 * 1024 * 1024

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

    /// Counts the reply to a batch into `result` after checking that it is an array answering
    /// each request of `ids` exactly once (in any order, as JSON-RPC allows).
    static func check(batchReply reply: ByteBuffer, ids: Range<Int>, connection: Int,
                      into result: inout ConnectionResult) throws(LoadGeneratorError) {
        let batch = result.replies / ids.count + 1
        let value: JSONValue
        do { value = try JSONValue(parsing: reply, membersOfEach: replyMembers) } catch {
            throw LoadGeneratorError("connection \(connection): the reply to batch \(batch) is not valid JSON: \(error)")
        }
        guard case .array(let replies) = value else {
            let said = value["error"]?["message"]?.stringValue.map { ": \($0)" } ?? ""
            throw LoadGeneratorError("connection \(connection): the reply to batch \(batch) is one object, not an array\(said)")
        }
        guard replies.count == ids.count else {
            throw LoadGeneratorError("connection \(connection): the reply to batch \(batch) holds \(replies.count) replies, expected \(ids.count)")
        }
        var unanswered = Set(ids)
        for reply in replies {
            guard let id = reply["id"]?.integerValue, unanswered.remove(id) != nil else {
                let got = reply["id"]?.serialized() ?? "none"
                throw LoadGeneratorError("connection \(connection): the reply to batch \(batch) has id \(got), "
                    + "expected one of \(ids.lowerBound)…\(ids.upperBound - 1) not answered yet")
            }
            if reply["error"] != nil { result.errorReplies += 1 }
        }
        result.replies += replies.count
    }

    /// What the generator reads of a reply; the rest (the answer) is checked as JSON, not built.
    private static let replyMembers: Set<String> = ["id", "error"]

    /// `duration` in whole nanoseconds, clamped to what the histograms hold (0 to one minute).
    static func nanoseconds(_ duration: Duration) -> UInt64 {
        let nanoseconds = duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
        return UInt64(min(max(nanoseconds, 0), 60_000_000_000))
    }
}
