import Foundation
import Testing
import TerminalHarness

/// `explainer chat` with the real engine: piped (plain lines, no terminal noise) and in a
/// pseudo-terminal (readline keys, completion, history across runs).
@Suite(.serialized) struct ChatCLITests {
    let now = "--now=2026-11-20T10:00:00+08:00"

    /// A fresh store holding the demo customers, in a scratch directory.
    func demoStore() throws -> (ScratchDirectory, String) {
        let scratch = try ScratchDirectory(prefix: "chat-cli")
        let db = scratch.path + "/store.sqlite"
        let files = try FileManager.default.contentsOfDirectory(atPath: Binary.root.appendingPathComponent("examples/customers").path)
            .filter { $0.hasSuffix(".json") }.sorted().map { "examples/customers/" + $0 }
        let r = try Binary.run(["records", "import", "--db", db] + files)
        #expect(r.code == 0, "\(r.err)")
        return (scratch, db)
    }

    var dataOptions: [String] {
        ["--knowledge", Binary.root.appendingPathComponent("knowledge").path,
         "--intents", Binary.root.appendingPathComponent("intents").path]
    }

    @Test func pipedScriptGivesTheWholeConversationWithoutTerminalNoise() throws {
        let (scratch, db) = try demoStore()
        defer { scratch.remove() }
        let script = "还了款为什么借不了\n那要等多久？\n:user demo-overdue\nwhy can't I borrow?\nwhat should I do\n:quit\n"
        let r = try Binary.run(["chat", "--user", "demo-repaid", "--db", db, now] + dataOptions, stdin: Data(script.utf8),
                               environment: ["EXPLAINER_HISTORY": scratch.path + "/history"])
        #expect(r.code == 0)
        #expect(r.err.isEmpty)
        let expected = try String(contentsOf: Binary.root.appendingPathComponent("Tests/ExplainerCLITests/Fixtures/chat-script.expected"),
                                  encoding: .utf8)
        #expect(r.out == expected)
        #expect(!r.out.contains("\u{1B}"))
        #expect(!r.out.contains("you> ") && !r.out.contains("你> "))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/history"))
    }

    /// Ids are shown as typed: `huabei` is a word in terms.yaml, but not when it is an id.
    @Test func anUnknownCustomerIdIsQuotedAsTyped() throws {
        let (scratch, db) = try demoStore()
        defer { scratch.remove() }
        let r = try Binary.run(["chat", "--db", db, "--lang", "en", now] + dataOptions, stdin: Data(":user huabei\n:quit\n".utf8),
                               environment: ["EXPLAINER_HISTORY": scratch.path + "/history"])
        #expect(r.code == 0)
        #expect(r.out.contains("There is no customer “huabei”."), "\(r.out)")
    }

    @Test func terminalSessionQuestionFollowUpWhyCompletionHistoryAndCtrlD() throws {
        let (scratch, db) = try demoStore()
        defer { scratch.remove() }
        let history = scratch.path + "/history"
        let command = [Binary.path, "chat", "--user", "demo-repaid", "--db", db, now] + dataOptions
        do {
            let s = try TerminalSession(command: command, environment: ["EXPLAINER_HISTORY": history], width: 140, height: 60)
            defer { s.close() }
            try s.waitForPrompt("你> ")
            try s.type("还了款为什么借不了"); try s.press(.enter)
            try s.waitFor("2026-11-20 22:10")
            try s.waitForPrompt("你> ")
            try s.type("那要等多久？"); try s.press(.enter)
            try s.waitFor("按目前情况")
            try s.waitForPrompt("你> ")
            try s.type(":why"); try s.press(.enter)
            try s.waitFor("信用评分 750")
            try s.waitForPrompt("你> ")
            try s.type(":us"); try s.press(.tab)
            try s.waitFor("你> :user ")
            try s.type("demo-over"); try s.press(.tab)
            try s.waitFor("你> :user demo-overdue")
            try s.press(.enter)
            try s.waitFor("demo-overdue")
            try s.waitForPrompt("你> ")
            try s.press(.control("d"))
            try s.waitFor("再见。")
            #expect(try s.waitForExit() == 0)
        }
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("还了款为什么借不了"))
        // A second run recalls the first run's lines with the Up arrow.
        let s = try TerminalSession(command: command, environment: ["EXPLAINER_HISTORY": history], width: 140, height: 60)
        defer { s.close() }
        try s.waitForPrompt("你> ")
        try s.press(.up)
        try s.waitFor("你> :user demo-overdue")
        try s.press(.up); try s.press(.up)
        try s.waitFor("你> 那要等多久？")
        try s.press(.enter)
        try s.waitFor("按目前情况")
        try s.waitForPrompt("你> ")
        try s.press(.control("d"))
        #expect(try s.waitForExit() == 0)
    }
}
