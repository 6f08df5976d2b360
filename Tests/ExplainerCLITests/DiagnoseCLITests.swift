import Foundation
import Testing

/// `explainer diagnose` and `ask` as a user runs them: exact messages, exit codes, no backtraces.
@Suite struct DiagnoseCLITests {
    let now = "--now=2026-11-20T10:00:00+08:00"

    func expectOneCleanError(_ r: Binary.Result, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.code == 1, sourceLocation: sourceLocation)
        #expect(r.out.isEmpty, sourceLocation: sourceLocation)
        #expect(r.err == "error: " + message + "\n", sourceLocation: sourceLocation)
    }

    @Test func demoCustomerJSONHasTheDecision() throws {
        let r = try Binary.run(["diagnose", "--record", "examples/customers/overdue.json", now, "--json"])
        #expect(r.code == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(json["can_borrow"] as? Bool == false)
        #expect(json["model_version"] as? String == "v1")
        let reasons = try #require(json["reasons"] as? [[String: Any]])
        #expect(reasons.first?["code"] as? String == "CURRENT_OVERDUE")
        #expect(reasons.first?["kind"] as? String == "gate")
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.first?["action"] as? String == "repay_overdue")
        for key in ["limit", "available", "score", "text", "intent"] { #expect(json[key] != nil, "missing \(key)") }
    }

    @Test func textOutputIsForTheCustomer() throws {
        let r = try Binary.run(["diagnose", "--record", "examples/customers/repaid.json", now, "--lang", "en"])
        #expect(r.code == 0)
        #expect(r.out.contains("2026-11-20 22:10"))
        #expect(!r.out.contains("REPAYMENT_PROCESSING"))
    }

    @Test func missingFile() throws {
        expectOneCleanError(try Binary.run(["diagnose", "--record", "no/such.json", now]),
                            "no/such.json: cannot be read (missing or not permitted)")
    }

    @Test func malformedJSON() throws {
        let f = try Binary.tempFile("bad.json", "{\"user_id\": \"x\", ")
        let r = try Binary.run(["diagnose", "--record", f, now])
        #expect(r.code == 1)
        #expect(r.err.hasPrefix("error: \(f): is not valid JSON"))
        #expect(!r.err.contains("Backtrace") && r.err.split(separator: "\n").count == 1)
    }

    @Test func wrongFieldTypeAndUnknownEnum() throws {
        let typed = try Binary.tempFile("t.json", #"{"user_id":"x","account":{"opened_at":"2024-01-01","identity_verified":"yes"}}"#)
        expectOneCleanError(try Binary.run(["diagnose", "--record", typed, now]), "\(typed): account.identity_verified: should be true or false")
        let enumFile = try Binary.tempFile("e.json", #"{"user_id":"x","account":{"opened_at":"2024-01-01"},"profile":{"occupation":"pirate"}}"#)
        expectOneCleanError(try Binary.run(["diagnose", "--record", enumFile, now]),
                            "\(enumFile): profile.occupation: \"pirate\" is not one of salaried, self_employed, freelancer, student, unemployed, retired")
    }

    @Test func unknownIntent() throws {
        let r = try Binary.run(["diagnose", "--record", "examples/customers/healthy.json", "--intent", "nope", now])
        #expect(r.code == 1)
        #expect(r.err.hasPrefix("error: unknown intent \"nope\"; known intents: appeal, borrow_blocked_after_repayment"))
    }

    @Test func badNowIsAValidationError() throws {
        let r = try Binary.run(["diagnose", "--record", "examples/customers/healthy.json", "--now", "tomorrow"])
        #expect(r.code != 0)
        #expect(r.err.contains("--now \"tomorrow\" is not an ISO 8601 date"))
    }

    @Test func askReadsOneQuestionPerLineAndReportsBadLines() throws {
        var input = Data("还了款为什么借不了\n".utf8)
        input.append(contentsOf: [0xFF, 0xFE, 0x0A])
        input.append(Data("why can't I borrow?\n".utf8))
        let r = try Binary.run(["ask", "--record", "examples/customers/repaid.json", now, "--json"], stdin: input)
        #expect(r.code == 1)
        #expect(r.err == "error: stdin:2: the line is not valid UTF-8\n")
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["intent"] as? String == "borrow_blocked_after_repayment")
        #expect(first["language"] as? String == "zh")
        for key in ["question", "confidence", "clarify", "alternatives", "reasons", "steps", "text"] { #expect(first[key] != nil) }
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["language"] as? String == "en")
    }

    @Test func checkPassesOnTheShippedData() throws {
        let r = try Binary.run(["check"])
        #expect(r.code == 0)
        #expect(r.out.hasPrefix("ok:"))
    }
}
