import ExplainerServer
import Foundation
import Testing

/// The server over a real Unix socket, with the test-double service.
@Suite struct ServerEndToEndTests {
    @Test func answersEveryErrorCodeOverTheSocket() async throws {
        try await withTestServer { _, path in
            let cases: [(String, Int)] = [
                (#"{"jsonrpc":"2.0","id":1,"method":"#, -32700),
                (#"{"jsonrpc":"1.0","id":1,"method":"echo"}"#, -32600),
                ("[]", -32600),
                (#"{"jsonrpc":"2.0","id":1,"method":"nope"}"#, -32601),
                (#"{"jsonrpc":"2.0","id":1,"method":"length","params":{"text":1}}"#, -32602),
                (#"{"jsonrpc":"2.0","id":1,"method":"crash"}"#, -32603),
                (#"{"jsonrpc":"2.0","id":1,"method":"lookup","params":{"user_id":"u-9"}}"#, -32001),
                (#"{"jsonrpc":"2.0","id":1,"method":"store"}"#, -32002),
                (#"{"jsonrpc":"2.0","id":1,"method":"turn","params":{"session_id":"s-0"}}"#, -32005),
            ]
            for (line, code) in cases {
                let reply = try await exchange(path, line)
                #expect(errorCode(reply) == code, "\(line)")
            }
        }
    }

    /// Lines answered at once (here invalid requests) are taken up in a loop, so thousands
    /// pipelined in one write come back complete and in order, echo and async ones between.
    @Test func answersThousandsOfPipelinedLinesInOrder() async throws {
        try await withTestServer { _, path in
            try await LineClient.withConnection(to: path) { connection in
                var lines: [UInt8] = []
                for id in 1...3_000 {
                    let line = id % 500 == 0 ? #"{"jsonrpc":"2.0","id":\#(id),"method":"echo","params":{"n":\#(id)}}"#
                                             : #"{"jsonrpc":"2.0","id":\#(id)}"#
                    lines += Array(line.utf8) + [UInt8(ascii: "\n")]
                }
                try await connection.send(bytes: lines)
                connection.finishSending()
                for id in 1...3_000 {
                    let reply = try await connection.receiveJSON()
                    #expect(reply?["id"] == .integer(id))
                    #expect(id % 500 == 0 ? reply?["result"]?["n"] == .integer(id) : errorCode(reply) == -32600)
                    if reply?["id"] != .integer(id) { return }
                }
                #expect(try await connection.receiveJSON() == nil)
            }
        }
    }

    /// A client that sends requests and vanishes before the replies: the answers are dropped,
    /// the connection is let go, and nothing else notices.
    @Test func aClientThatVanishesMidRequestHarmsNothing() async throws {
        let service = TestService()
        try await withTestServer(service: service) { server, path in
            for round in 1...3 {
                try await LineClient.withConnection(to: path) { connection in
                    try await connection.send(line: #"{"jsonrpc":"2.0","id":1,"method":"slow","params":{"ms":200}}"#)
                    try await connection.send(line: #"{"jsonrpc":"2.0","id":2,"method":"echo"}"#)
                    try await waitUntil { service.slowStarted.withLockedValue { $0 } == round }
                }
            }
            try await waitUntil(timeout: .seconds(10)) { server.connectionCount == 0 }
            // Past the slow requests' end: their replies meet closed connections.
            try await Task.sleep(for: .milliseconds(400))
            #expect(try await exchange(path, #"{"jsonrpc":"2.0","id":3,"method":"echo","params":[3]}"#)?["result"] == [3])
        }
    }

    @Test func bindsSessionsToTheirUserAcrossConnections() async throws {
        try await withTestServer { _, path in
            let opened = try await exchange(path, #"{"jsonrpc":"2.0","id":1,"method":"open","params":{"user_id":"u-1"}}"#)
            let session = try #require(opened?["result"]?["session_id"]?.stringValue)
            let turn = #"{"jsonrpc":"2.0","id":2,"method":"turn","params":{"session_id":"\#(session)","user_id":"USER"}}"#
            #expect(try await exchange(path, turn.replacingOccurrences(of: "USER", with: "u-1"))?["result"]?["turns"] == 1)
            let stolen = try await exchange(path, turn.replacingOccurrences(of: "USER", with: "u-2"))
            #expect(errorCode(stolen) == -32004)
            #expect(errorMessage(stolen) == "Session \"\(session)\" belongs to another user; omit session_id to start a new session for this user")
        }
    }

    @Test func expiresIdleSessions() async throws {
        try await withTestServer(service: TestService(sessionIdleTimeout: .milliseconds(50))) { _, path in
            let opened = try await exchange(path, #"{"jsonrpc":"2.0","id":1,"method":"open"}"#)
            let session = try #require(opened?["result"]?["session_id"]?.stringValue)
            try await Task.sleep(for: .milliseconds(120))
            let late = try await exchange(path, #"{"jsonrpc":"2.0","id":2,"method":"turn","params":{"session_id":"\#(session)"}}"#)
            #expect(errorCode(late) == -32005)
        }
    }

    @Test func answersABatchAndStaysSilentForNotifications() async throws {
        try await withTestServer { _, path in
            try await LineClient.withConnection(to: path) { connection in
                try await connection.send(line: #"{"jsonrpc":"2.0","method":"echo"}"#)
                try await connection.send(line: #"[{"jsonrpc":"2.0","method":"echo"},{"jsonrpc":"2.0","method":"sum"}]"#)
                try await connection.send(line: #"[{"jsonrpc":"2.0","id":"a","method":"sum","params":{"a":2,"b":3}},{"jsonrpc":"2.0","method":"echo"},{"jsonrpc":"2.0","id":"b","method":"nope"}]"#)
                connection.finishSending()
                let batch = try await connection.receiveJSON()
                #expect(batch?.arrayValue?.map { $0["id"] } == ["a", "b"])
                #expect(batch?.arrayValue?.first?["result"] == ["sum": 5.0])
                #expect(try await connection.receiveJSON() == nil)
            }
        }
    }

    @Test func refusesAOneMebibyteLineAndKeepsTheConnection() async throws {
        try await withTestServer { _, path in
            try await LineClient.withConnection(to: path) { connection in
                let huge = #"{"jsonrpc":"2.0","id":1,"method":"length","params":{"text":""# + String(repeating: "长", count: 350_000) + #""}}"#
                try await connection.send(line: huge)
                try await connection.send(line: #"{"jsonrpc":"2.0","id":2,"method":"sum","params":{"a":1,"b":1}}"#)
                let refused = try await connection.receiveJSON()
                #expect(errorCode(refused) == -32003)
                #expect(refused?["id"] == .null)
                #expect(errorMessage(refused) == "Request too large: the line is \(huge.utf8.count) bytes; the limit is 65536 bytes")
                #expect(try await connection.receiveJSON() == ["id": 2, "jsonrpc": "2.0", "result": ["sum": 2.0]])
            }
        }
    }

    @Test func saysInvalidUTF8AndKeepsTheConnection() async throws {
        try await withTestServer { _, path in
            try await LineClient.withConnection(to: path) { connection in
                try await connection.send(bytes: Array(#"{"jsonrpc":"2.0","id":1,"method":"echo","params":[""#.utf8) + [0xFF, 0xFE] + Array("\"]}\n".utf8))
                try await connection.send(line: #"{"jsonrpc":"2.0","id":2,"method":"echo","params":["额度"]}"#)
                let bad = try await connection.receiveJSON()
                #expect(errorCode(bad) == -32700)
                #expect(errorMessage(bad)?.contains("not valid UTF-8") == true)
                #expect(try await connection.receiveJSON()?["result"] == ["额度"])
            }
        }
    }

    @Test func answersInOrderOnOneConnectionWithCRLF() async throws {
        try await withTestServer { _, path in
            try await LineClient.withConnection(to: path) { connection in
                var burst = ""
                for id in 1...100 { burst += #"{"jsonrpc":"2.0","id":\#(id),"method":"echo"}"# + "\r\n" }
                try await connection.send(line: burst)
                for id in 1...100 {
                    #expect(try await connection.receiveJSON()?["id"] == .integer(id))
                }
            }
        }
    }

    @Test func createsTheSocketOwnerOnlyByDefault() async throws {
        try await withTestServer { _, path in
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            #expect((attributes[.type] as? FileAttributeType) == .typeSocket)
        }
    }

    @Test func appliesAConfiguredModeAndGroup() async throws {
        let group = String(getgid())
        try await withTestServer(configure: { $0.socketMode = 0o660; $0.socketGroup = group }) { _, path in
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attributes[.posixPermissions] as? Int) == 0o660)
            #expect((attributes[.groupOwnerAccountID] as? Int) == Int(getgid()))
        }
    }

    @Test func closesIdleConnections() async throws {
        // Generous times: on a loaded 2-core machine the client may take a while to send its line.
        try await withTestServer(configure: { $0.idleTimeout = .seconds(3) }) { _, path in
            let started = ContinuousClock.now
            try await LineClient.withConnection(to: path) { connection in
                try await connection.send(line: #"{"jsonrpc":"2.0","id":1,"method":"slow","params":{"ms":3500}}"#)
                #expect(try await connection.receiveJSON()?["result"] == "done")
                #expect(try await connection.receiveJSON() == nil)
            }
            let elapsed = started.duration(to: .now)
            #expect(elapsed >= .milliseconds(6400) && elapsed < .seconds(30))
        }
    }
}
