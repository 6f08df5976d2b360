import ExplainerCore
import ExplainerEngine
import ExplainerKnowledge
import ExplainerNLU
@testable import ExplainerServer
import ExplainerStore
import Foundation
import NIOPosix
import Testing

/// Answers are computed on the event loop that read the request, except for customers whose
/// record is large (planning grows with its events): those run on threads of their own, so
/// a connection asking about one does not hold up the other connections of its loop.
@Suite struct LargeRecordTests {
    @Test(.timeLimit(.minutes(2)))
    func aLargeRecordDoesNotHoldUpAnotherConnectionOnTheSameLoop() async throws {
        let huge = try Self.record(userID: "big-1", loans: 700)
        #expect(huge.eventCount > EngineService.inlineRecordEvents)
        let store = try InMemoryRecordStore(records: [(source: "big.json", record: huge)], importedAt: Self.now)
        let service = EngineService(engine: try Self.engine(), store: store, evaluationTime: Self.now) { try Self.engine() }
        let oneLoop = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        try await withServer(service: service, configure: { $0.eventLoopGroup = oneLoop }) { _, path in
            let started = ContinuousClock.now
            async let big = LineClient.withConnection(to: path) { connection in
                try await connection.send(line: #"{"jsonrpc":"2.0","id":1,"method":"diagnose","params":{"user_id":"big-1"}}"#)
                let reply = try await connection.receiveJSON()
                return (reply, started.duration(to: .now))
            }
            try await Task.sleep(for: .milliseconds(20))
            let (small, smallTook) = try await LineClient.withConnection(to: path) { connection in
                let sent = ContinuousClock.now
                try await connection.send(line: #"{"jsonrpc":"2.0","id":2,"method":"health"}"#)
                return (try await connection.receiveJSON(), sent.duration(to: .now))
            }
            let (bigReply, bigTook) = try await big
            #expect(small?["result"]?["status"] == "ok")
            #expect(bigReply?["result"]?["can_borrow"] != nil, "\(String(describing: bigReply))")
            // On the shared loop the health check would have waited for the whole plan.
            #expect(smallTook < bigTook / 2, "health took \(smallTook) while the large diagnosis took \(bigTook)")
        }
        try await oneLoop.shutdownGracefully()
    }

    @Test func countsEveryDatedEvent() throws {
        // The demo customer: 2 loans, 1 disbursement, 1 credit inquiry, 1 limit change; plus 3
        // loans, their repayments and 3 inquiries.
        #expect(try Self.record(userID: "u-1", loans: 3).eventCount == 14)
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let now = Timestamp.parse("2026-11-20T10:00:00+08:00")!

    static func engine() throws -> Engine {
        let knowledge = try KnowledgeLoader.load(directory: root.appendingPathComponent("knowledge").path)
        let catalog = try IntentCatalog.load(directory: root.appendingPathComponent("intents").path)
        return try Engine(knowledge: knowledge, intents: IntentDirectory(catalog: catalog), classifier: NLUClassifier(catalog: catalog))
    }

    /// The demo customer with `loans` more loans this year — every other one still owed, many
    /// of those overdue — each with a repayment (every fifth still processing) and a credit
    /// inquiry: many dated events, and many candidate steps and times for the planner.
    static func record(userID: String, loans: Int) throws -> CustomerRecord {
        let url = root.appendingPathComponent("examples/customers/maintenance.json")
        guard var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any],
              var bureau = json["bureau"] as? [String: Any] else {
            throw POSIXError(.EINVAL)
        }
        json["user_id"] = userID
        var loanList = json["loans"] as? [[String: Any]] ?? []
        var repayments = json["repayments"] as? [[String: Any]] ?? []
        var inquiries = bureau["inquiries"] as? [[String: Any]] ?? []
        for i in 0..<loans {
            let day = String(format: "2026-%02d-%02d", 1 + i % 10, 1 + i % 28)
            loanList.append(["id": "X-\(i)", "product": i % 2 == 0 ? "huabei" : "jiebei", "amount": 100 + i,
                             "borrowed_at": day + "T10:00:00+08:00", "due_at": i % 3 == 0 ? "2027-01-01" : day,
                             "outstanding": i % 2 == 0 ? 100 + i : 0])
            repayments.append(["at": day + "T12:00:00+08:00", "amount": 50, "loan_id": "X-\(i)", "settled": i % 5 != 0])
            inquiries.append(["at": day, "lender": "Bank \(i)"])
        }
        json["loans"] = loanList
        json["repayments"] = repayments
        bureau["inquiries"] = inquiries
        json["bureau"] = bureau
        return try RecordDecoder.decode(try JSONSerialization.data(withJSONObject: json), source: "\(userID).json")
    }
}
