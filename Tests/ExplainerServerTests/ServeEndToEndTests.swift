import ExplainerServer
import Foundation
import GRDB
import Testing

/// The real `explainer serve` binary (build it first: `swift build --product explainer`), each
/// test on its own temporary socket and database seeded with the demo customers, at
/// `--now 2026-11-20T10:00:00+08:00`. Every test stops its server, however it ends.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct ServeEndToEndTests {
    @Test func askLeadsWithTheReasonAndFollowsUpThroughTheSession() async throws {
        try await withServe { server in
            try await LineClient.withConnection(to: server.socketPath) { connection in
                try await connection.send(line: #"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"user_id":"demo-repaid","text":"还了款为什么借不了"}}"#)
                let first = try #require(try await connection.receiveJSON()?["result"])
                #expect(first["intent"] == "borrow_blocked_after_repayment")
                #expect(first["reasons"]?.arrayValue?.first?["code"] == "REPAYMENT_PROCESSING")
                #expect(first["can_borrow"] == false)
                let session = try #require(first["session_id"]?.stringValue)
                #expect(session.hasPrefix("s-"))

                try await connection.send(line: #"{"jsonrpc":"2.0","id":2,"method":"ask","params":{"user_id":"demo-repaid","session_id":"\#(session)","text":"要多久"}}"#)
                let follow = try #require(try await connection.receiveJSON()?["result"])
                #expect(follow["intent"] == "when_can_borrow")
                #expect(follow["session_id"] == .string(session))
                #expect(follow["text"]?.stringValue?.contains("2026-11-20 22:10") == true)
                #expect(follow["can_borrow_at"] == "2026-11-20T22:10:00+08:00")
            }
        }
    }

    @Test func aRecordReimportedByAnotherProcessIsAnsweredFromTheNewRecord() async throws {
        try await withServe { server in
            let diagnose = #"{"jsonrpc":"2.0","id":1,"method":"diagnose","params":{"user_id":"demo-frozen"}}"#
            for _ in 0..<2 {  // the second answer comes from the decoded-record cache
                let before = try #require(try await server.call(diagnose)?["result"])
                #expect(before["reasons"]?.arrayValue?.first?["code"] == "ACCOUNT_RESTRICTED")
                #expect(before["can_borrow"] == false)
            }
            // `explainer records import` in its own process, on the database the server has open.
            let original = try String(contentsOf: ServeProcess.packageRoot.appendingPathComponent("examples/customers/frozen.json"),
                                      encoding: .utf8)
            let unfrozen = original.replacingOccurrences(of: #""status": "frozen""#, with: #""status": "normal""#)
            #expect(unfrozen != original)
            let file = server.directory + "/unfrozen.json"
            try unfrozen.write(toFile: file, atomically: true, encoding: .utf8)
            let imported = try ServeProcess.command(["records", "import", file, "--db", server.dbPath, "--now", ServeProcess.now])
            #expect(imported.status == 0)
            let after = try #require(try await server.call(diagnose)?["result"])
            let codes = after["reasons"]?.arrayValue?.compactMap { $0["code"]?.stringValue }
            #expect(codes?.contains("ACCOUNT_RESTRICTED") == false, "still answered from the old record: \(after)")
        }
    }

    @Test func diagnoseOverTheSocketEqualsTheCommandLinesJSON() async throws {
        // The server builds its reply as a JSONValue directly; `diagnose --json` writes it with
        // JSONEncoder. They must carry the same members and numbers.
        try await withServe { server in
            for (user, lang) in [("demo-overdue", "zh"), ("demo-high-debt", "en"), ("demo-repaid", "en"), ("demo-huabei-full", "zh")] {
                let reply = try await server.call(#"{"jsonrpc":"2.0","id":1,"method":"diagnose","params":{"user_id":"\#(user)","lang":"\#(lang)"}}"#)
                let result = try #require(reply?["result"], "\(user): \(String(describing: reply))")
                let cli = try ServeProcess.command(["diagnose", "--user", user, "--lang", lang, "--json", "--db", server.dbPath,
                                                    "--now", ServeProcess.now])
                #expect(cli.status == 0)
                let expected = try JSONValue(parsing: cli.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
                #expect(result == expected, "\(user)")
            }
        }
    }

    @Test func aSessionUsedWithAnotherUserIsRefused() async throws {
        try await withServe { server in
            let first = try await server.call(#"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"user_id":"demo-repaid","text":"为什么借不了"}}"#)
            let session = try #require(first?["result"]?["session_id"]?.stringValue)
            let stolen = try await server.call(#"{"jsonrpc":"2.0","id":2,"method":"ask","params":{"user_id":"demo-overdue","session_id":"\#(session)","text":"要多久"}}"#)
            #expect(errorCode(stolen) == -32004)
            #expect(errorMessage(stolen) == "Session \"\(session)\" belongs to another user; omit session_id to start a new session for this user")
            let anonymous = try await server.call(#"{"jsonrpc":"2.0","id":3,"method":"ask","params":{"session_id":"\#(session)","text":"要多久"}}"#)
            #expect(errorCode(anonymous) == -32004)
            let unknown = try await server.call(#"{"jsonrpc":"2.0","id":4,"method":"ask","params":{"user_id":"demo-repaid","session_id":"s-0","text":"要多久"}}"#)
            #expect(errorCode(unknown) == -32005)
        }
    }

    @Test func diagnoseGivesTheDecisionInTheRequestedLanguage() async throws {
        try await withServe { server in
            let reply = try await server.call(#"{"jsonrpc":"2.0","id":"d","method":"diagnose","params":{"user_id":"demo-overdue","lang":"en"}}"#)
            let result = try #require(reply?["result"])
            #expect(reply?["id"] == "d")
            #expect(result["intent"] == "borrow_unavailable")
            #expect(result["language"] == "en")
            #expect(result["can_borrow"] == false)
            #expect(result["reasons"]?.arrayValue?.first?["code"] == "CURRENT_OVERDUE")
            #expect(result["model_version"] == "v1")
            #expect(result["session_id"] == nil)
            #expect(result["text"]?.stringValue?.contains("L-88") == true)

            let zh = try await server.call(#"{"jsonrpc":"2.0","id":2,"method":"diagnose","params":{"user_id":"demo-repaid","intent":"when_can_borrow"}}"#)
            #expect(zh?["result"]?["language"] == "zh")
            #expect(zh?["result"]?["intent"] == "when_can_borrow")
            #expect(zh?["result"]?["can_borrow_at"] == "2026-11-20T22:10:00+08:00")
        }
    }

    @Test func intentsListsEveryIntentFileWithPluginAndBothDescriptions() async throws {
        try await withServe { server in
            let reply = try await server.call(#"{"jsonrpc":"2.0","id":1,"method":"intents"}"#)
            let intents = try #require(reply?["result"]?["intents"]?.arrayValue)
            let files = try FileManager.default.contentsOfDirectory(atPath: ServeProcess.packageRoot.appendingPathComponent("intents").path)
                .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix("_") }
                .map { String($0.dropLast(".yaml".count)) }
            #expect(Set(intents.compactMap { $0["id"]?.stringValue }) == Set(files))
            for intent in intents {
                #expect(intent["plugin"]?.stringValue?.isEmpty == false, "\(intent)")
                #expect(intent["description"]?["zh"]?.stringValue?.isEmpty == false, "\(intent)")
                #expect(intent["description"]?["en"]?.stringValue?.isEmpty == false, "\(intent)")
            }
            let repaid = intents.first { $0["id"] == "borrow_blocked_after_repayment" }
            #expect(repaid?["plugin"] == "repayment")
        }
    }

    @Test func healthAndReloadReportTheSameSet() async throws {
        try await withServe { server in
            _ = try await server.call(#"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"user_id":"demo-repaid","text":"还了款为什么借不了"}}"#)
            let health = try #require(try await server.call(#"{"jsonrpc":"2.0","id":2,"method":"health"}"#)?["result"])
            #expect(health["status"] == "ok")
            #expect(health["model_version"] == "v1")
            #expect(health["sessions"] == 1)
            #expect((health["uptime_s"]?.integerValue ?? -1) >= 0)
            let digest = try #require(health["knowledge_digest"]?.stringValue)
            #expect(digest.count == 16 && digest.allSatisfy(\.isHexDigit))

            let reload = try #require(try await server.call(#"{"jsonrpc":"2.0","id":3,"method":"reload"}"#)?["result"])
            #expect(reload == ["reloaded": true, "model_version": "v1", "knowledge_digest": .string(digest),
                               "intents": health["intents"] ?? .null])
            #expect(server.stderr.contains("reload finished"))
        }
    }

    @Test func answersABatchInOrderWithoutTheNotification() async throws {
        try await withServe { server in
            let batch = #"[{"jsonrpc":"2.0","id":1,"method":"health"},{"jsonrpc":"2.0","method":"intents"},"#
                + #"{"jsonrpc":"2.0","id":2,"method":"ask","params":{"user_id":"demo-overdue","text":"why can't I borrow?"}},"#
                + #"{"jsonrpc":"2.0","id":3,"method":"diagnose","params":{"user_id":"nobody"}},"#
                + #"{"jsonrpc":"2.0","id":4,"method":"askk"}]"#
            let replies = try #require(try await server.call(batch)?.arrayValue)
            #expect(replies.map { $0["id"] } == [1, 2, 3, 4])
            #expect(replies[0]["result"]?["status"] == "ok")
            #expect(replies[1]["result"]?["language"] == "en")
            #expect(replies[1]["result"]?["reasons"]?.arrayValue?.first?["code"] == "CURRENT_OVERDUE")
            #expect(errorCode(replies[2]) == -32001)
            #expect(errorCode(replies[3]) == -32601)
            #expect(errorMessage(replies[3]) == #"Method not found: "askk"; the methods are ask, diagnose, health, intents, reload"#)
        }
    }

    @Test func anUnknownUserIsNamed() async throws {
        try await withServe { server in
            for method in ["ask", "diagnose"] {
                let reply = try await server.call(#"{"jsonrpc":"2.0","id":1,"method":"\#(method)","params":{"user_id":"u-404","text":"为什么借不了"}}"#)
                #expect(errorCode(reply) == -32001, "\(method)")
                #expect(errorMessage(reply) == #"Unknown user: no customer record has user_id "u-404""#, "\(method)")
            }
        }
    }

    @Test func invalidParamsGetOneSentenceNamingTheParam() async throws {
        let cases: [(String, String)] = [
            (#""ask","params":{"user_id":"demo-repaid"}"#, "params.text is required"),
            (#""ask","params":{"text":7}"#, "params.text must be a string"),
            (#""ask","params":{"text":"  "}"#, "params.text must not be empty"),
            (#""ask","params":{"text":"hi","lang":"fr"}"#, #"params.lang must be auto, zh or en, not "fr""#),
            (#""ask","params":{"text":"hi","now":"yesterday"}"#, #"params.now "yesterday" is not an ISO 8601 date-time"#),
            (#""ask","params":["hi"]"#, "params must be an object, not an array"),
            (#""diagnose","params":{}"#, "params.user_id is required"),
            (#""diagnose","params":{"user_id":"demo-repaid","lang":"auto"}"#, #"params.lang must be zh or en, not "auto""#),
        ]
        try await withServe { server in
            for (request, message) in cases {
                let reply = try await server.call(#"{"jsonrpc":"2.0","id":1,"method":"# + request + "}")
                #expect(errorCode(reply) == -32602, "\(request)")
                #expect(errorMessage(reply) == message, "\(request)")
            }
            let intent = try await server.call(#"{"jsonrpc":"2.0","id":1,"method":"diagnose","params":{"user_id":"demo-repaid","intent":"nope"}}"#)
            #expect(errorCode(intent) == -32602)
            #expect(errorMessage(intent)?.hasPrefix(#"params.intent: unknown intent "nope"; known intents: appeal, "#) == true)
        }
    }

    @Test func aRecordStoreThatFailsIsNamedAndTheServerGoesOn() async throws {
        try await withServe { server in
            let before = try await server.call(#"{"jsonrpc":"2.0","id":1,"method":"diagnose","params":{"user_id":"demo-repaid"}}"#)
            #expect(before?["result"]?["can_borrow"] != nil)
            // Someone damages the database behind the server's back.
            let other = try DatabaseQueue(path: server.dbPath)
            try await other.write { try $0.execute(sql: "DROP TABLE customer_record") }
            try other.close()
            let failed = try await server.call(#"{"jsonrpc":"2.0","id":2,"method":"diagnose","params":{"user_id":"demo-repaid"}}"#)
            #expect(errorCode(failed) == -32002)
            #expect(errorMessage(failed) == "Record store unavailable: \(server.dbPath): no such table: customer_record")
            let general = try await server.call(#"{"jsonrpc":"2.0","id":3,"method":"ask","params":{"text":"为什么借不了钱"}}"#)
            #expect(general?["result"]?["intent"] == "borrow_unavailable")
        }
    }

    @Test func refusesAOneMebibyteLineAndAnswersTheNextOnTheSameConnection() async throws {
        try await withServe { server in
            try await LineClient.withConnection(to: server.socketPath) { connection in
                let huge = #"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"text":""# + String(repeating: "x", count: 1 << 20) + #""}}"#
                try await connection.send(line: huge)
                try await connection.send(line: #"{"jsonrpc":"2.0","id":2,"method":"ask","params":{"user_id":"demo-repaid","text":"还了款为什么借不了"}}"#)
                let refused = try await connection.receiveJSON()
                #expect(errorCode(refused) == -32003)
                #expect(refused?["id"] == .null)
                #expect(errorMessage(refused) == "Request too large: the line is \(huge.utf8.count) bytes; the limit is 65536 bytes")
                let next = try await connection.receiveJSON()
                #expect(next?["id"] == 2)
                #expect(next?["result"]?["intent"] == "borrow_blocked_after_repayment")
            }
        }
    }

    @Test func aBrokenIntentsFileOnSIGHUPKeepsTheOldSetAndIsNamed() async throws {
        let root = ServeProcess.packageRoot
        let prepare: (String) throws -> Void = { directory in
            for name in ["intents", "knowledge"] {
                try FileManager.default.copyItem(at: root.appendingPathComponent(name),
                                                 to: URL(fileURLWithPath: directory + "/data/" + name))
            }
        }
        let server = try ServeProcess(prepare: prepare) { directory in
            ["--intents", directory + "/data/intents", "--knowledge", directory + "/data/knowledge"]
        }
        defer { server.stop() }
        try await server.waitUntilListening()
        let greeting = #"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"text":"你好"}}"#
        #expect(try await server.call(greeting)?["result"]?["intent"] == "greeting")
        let before = try #require(try await server.call(#"{"jsonrpc":"2.0","id":2,"method":"health"}"#)?["result"]?["knowledge_digest"])

        let file = server.directory + "/data/intents/greeting.yaml"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try original.replacingOccurrences(of: "  en: a greeting\n", with: "  en: [a greeting\n").write(toFile: file, atomically: true, encoding: .utf8)
        server.send(SIGHUP)
        let logged = try await server.waitForStderr { $0.contains("trigger=SIGHUP") && $0.contains("reload failed") }
        #expect(logged, "stderr: \(server.stderr)")
        let line = try #require(server.stderr.split(separator: "\n").first { $0.contains("error=Reload failed") })
        #expect(line.contains(file + ":5: "), "\(line)")

        #expect(try await server.call(greeting)?["result"]?["intent"] == "greeting")
        #expect(try await server.call(#"{"jsonrpc":"2.0","id":3,"method":"health"}"#)?["result"]?["knowledge_digest"] == before)
        let reload = try await server.call(#"{"jsonrpc":"2.0","id":4,"method":"reload"}"#)
        #expect(errorCode(reload) == -32007)
        #expect(errorMessage(reload)?.hasPrefix("Reload failed: \(file):5: ") == true, "\(String(describing: errorMessage(reload)))")
        #expect(errorMessage(reload)?.hasSuffix("; the previous set stays in use") == true)

        // Mended, with a knowledge file changed too: the next SIGHUP takes the new set.
        try original.write(toFile: file, atomically: true, encoding: .utf8)
        let terms = server.directory + "/data/knowledge/terms.yaml"
        try (try String(contentsOfFile: terms, encoding: .utf8) + "\n# edited\n").write(toFile: terms, atomically: true, encoding: .utf8)
        server.send(SIGHUP)
        #expect(try await server.waitForStderr { $0.contains("reload finished") && $0.contains("trigger=SIGHUP") })
        let after = try await server.call(#"{"jsonrpc":"2.0","id":5,"method":"health"}"#)?["result"]?["knowledge_digest"]
        #expect(after != nil && after != before)
    }

    @Test(arguments: ["full", "normal"])
    func sigtermUnderLoadExitsCleanlyAndEveryAnsweredRequestIsAudited(auditSync: String) async throws {
        let started = Date()
        let server = try ServeProcess(arguments: { _ in ["--audit-sync", auditSync] })
        defer { server.stop() }
        try await server.waitUntilListening()
        let answered = AnsweredSessions()
        let clients = 4
        try await withThrowingTaskGroup(of: Void.self) { group in
            for client in 0..<clients {
                group.addTask { await askUntilRefused(server.socketPath, client: client, answered: answered) }
            }
            let deadline = ContinuousClock.now + .seconds(30)
            while answered.count < 150 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
            #expect(answered.count >= 150)
            server.send(SIGTERM)
            let status = try await server.waitForExit(timeout: .seconds(30))
            #expect(status == 0, "stderr: \(server.stderr)")
            try await group.waitForAll()
        }
        #expect(!FileManager.default.fileExists(atPath: server.socketPath))
        #expect(server.stderr.contains("server stopped"))

        let audit = try ServeProcess.command(["audit", "--db", server.dbPath, "--json"])
        #expect(audit.status == 0)
        let entries = try audit.stdout.split(separator: "\n").map { try JSONValue(parsing: String($0)) }
        let audited = entries.compactMap { $0["session_id"]?.stringValue }
        let replied = answered.sessions
        #expect(Set(audited).count == audited.count, "each ask is a new session, audited once")
        #expect(Set(replied).isSubset(of: Set(audited)), "answered but not audited: \(Set(replied).subtracting(audited))")
        // At most one request per client can have been audited and then lost with its connection.
        #expect(audited.count >= replied.count && audited.count <= replied.count + clients)
        #expect(entries.allSatisfy { $0["channel"] == "ask" && $0["model_version"] == "v1" })
        // `time` is the evaluation time (--now); `recorded_at` the wall clock, during this test.
        #expect(entries.allSatisfy { $0["time"] == .string(ServeProcess.now) })
        let recorded = entries.compactMap { $0["recorded_at"]?.stringValue.flatMap(ISO8601DateFormatter().date(from:)) }
        #expect(recorded.count == entries.count)
        #expect(recorded.allSatisfy { abs($0.timeIntervalSince(started)) < 120 })
    }

    @Test func thirtyTwoConnectionsOfTwentyQuestionsKeepTheirConversations() async throws {
        // 32 × 20 against the real engine (the 200 × 50 run uses the test double: a debug build
        // on 2 cores with a durable audit append per answer would take minutes).
        try await withServe { server in
            let sessions = try await withThrowingTaskGroup(of: (String, Int).self) { group in
                for client in 0..<32 {
                    group.addTask { try await converse(server.socketPath, client: client, turns: 20) }
                }
                var all: [(String, Int)] = []
                for try await result in group { all.append(result) }
                return all
            }
            #expect(sessions.count == 32)
            #expect(sessions.allSatisfy { $0.1 == 20 })
            let health = try await server.call(#"{"jsonrpc":"2.0","id":1,"method":"health"}"#)
            #expect(health?["result"]?["sessions"] == 32)
            server.send(SIGTERM)
            #expect(try await server.waitForExit(timeout: .seconds(30)) == 0)
            let audit = try ServeProcess.command(["audit", "--db", server.dbPath, "--json"])
            let entries = try audit.stdout.split(separator: "\n").map { try JSONValue(parsing: String($0)) }
            #expect(entries.count == 32 * 20)
            var perSession: [String: Int] = [:]
            for entry in entries { perSession[entry["session_id"]?.stringValue ?? "-", default: 0] += 1 }
            #expect(perSession == Dictionary(uniqueKeysWithValues: sessions.map { ($0.0, 20) }))
        }
    }
    @Test func benchSocketStartsItsOwnServerOrMeasuresARunningOne() async throws {
        let own = try ServeProcess.command(["bench", "socket", "--connections", "2", "--requests", "15", "--now", ServeProcess.now])
        #expect(own.status == 0, "\(own.stdout)")
        #expect(own.stdout.contains("explainer serve started here (audit sync full)"))
        #expect(own.stdout.contains("connections 2, requests 30, error replies 0,"))
        #expect(own.stdout.contains("\ncpu: server "), "the spawned server's pid is known: \(own.stdout)")
        #expect(!own.stdout.contains("not measured"))
        #expect(try ServeProcess.command(["bench", "socket", "--rate", "0"]).status == 64)
        try await withServe { server in
            let given = try ServeProcess.command(["bench", "socket", "--socket", server.socketPath, "--connections", "3", "--requests", "4",
                                                  "--rate", "200", "--json"])
            #expect(given.status == 0)
            let report = try JSONValue(parsing: given.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(report["requests"] == 12)
            #expect(report["error_replies"] == 0)
            #expect(report["target_rps"] == .double(200))
            #expect(report["server_cores"] != .null, "SO_PEERCRED gives the server's pid: \(given.stdout)")
            let audit = try ServeProcess.command(["audit", "--db", server.dbPath, "--json"])
            #expect(audit.stdout.split(separator: "\n").count == 12)
            // The real server's batch replies, every element matched and audited.
            let batched = try ServeProcess.command(["bench", "socket", "--socket", server.socketPath, "--connections", "2",
                                                    "--requests", "8", "--batch", "4"])
            #expect(batched.status == 0, "\(batched.stdout)")
            #expect(batched.stdout.contains("connections 2, requests 16 in batches of 4, error replies 0,"))
            let after = try ServeProcess.command(["audit", "--db", server.dbPath, "--json"])
            #expect(after.stdout.split(separator: "\n").count == 28)
        }
        #expect(try ServeProcess.command(["bench", "socket", "--requests", "10", "--batch", "3"]).status == 64)
    }
}
