import Foundation
import Testing
import TerminalHarness

/// The chat front end in a real pseudo-terminal (tmux), driven by key presses:
/// `chat-harness-fixture` runs ChatLoop + ReadlineEditor with an echo handler.
@Suite("Chat in a terminal", .serialized)
struct ChatTerminalTests {
    private let fixture: String
    private let scratch: ScratchDirectory

    init() throws {
        fixture = try BuiltProducts.executable("chat-harness-fixture")
        scratch = try ScratchDirectory(prefix: "chat-tty")
    }

    private var historyFile: String { scratch.path + "/state/explainer/history" }

    /// Starts the fixture with its history in this test's scratch directory and waits for the prompt.
    private func startChat(_ environment: [String: String] = [:], width: Int = 120) throws -> TerminalSession {
        let session = try TerminalSession(command: [fixture],
                                          environment: ["EXPLAINER_HISTORY": historyFile].merging(environment) { $1 },
                                          width: width)
        try session.waitForPrompt("you> ")
        return session
    }

    /// Types `line`, presses Enter, waits for `reply` and then for the next empty prompt.
    private func say(_ line: String, expect reply: String, in session: TerminalSession, prompt: String = "you> ") throws {
        try session.type(line)
        try session.press(.enter)
        try session.waitFor(reply)
        try session.waitForPrompt(prompt)
    }

    /// Ends the chat with Ctrl-D and checks it says goodbye and exits with status 0.
    private func leave(_ session: TerminalSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try session.waitForPrompt("you> ")
        try session.press(.control("d"))
        try session.waitFor("Goodbye.")
        #expect(try session.waitForExit() == 0, sourceLocation: sourceLocation)
    }

    private func rows(_ screen: String) -> [String] {
        TerminalSession.rows(of: screen)
    }

    @Test("a typed line is answered, with amounts and dates in bold")
    func echo() throws {
        defer { scratch.remove() }
        let session = try startChat()
        defer { session.close() }
        try say("why can't I borrow ¥1,200 before 2026-12-04",
                expect: "echo: why can't I borrow ¥1,200 before 2026-12-04", in: session)
        let styled = try session.screen(styled: true)
        #expect(styled.contains("\u{1B}[1m¥1,200"))
        #expect(styled.contains("\u{1B}[1m2026-12-04"))
        try leave(session)
    }

    @Test("NO_COLOR turns bold off")
    func noColor() throws {
        defer { scratch.remove() }
        let session = try startChat(["NO_COLOR": "1"])
        defer { session.close() }
        try say("repay ¥1,200", expect: "echo: repay ¥1,200", in: session)
        #expect(!(try session.screen(styled: true)).contains("\u{1B}[1m"))
        try leave(session)
    }

    @Test("Tab completes :us to :user, then a customer id")
    func commandAndUserCompletion() throws {
        defer { scratch.remove() }
        let session = try startChat()
        defer { session.close() }
        try session.type(":us")
        try session.press(.tab)
        try session.waitFor("you> :user ")
        try session.type("C-1")
        try session.press(.tab)
        try session.waitFor("you> :user C-100")
        // The first Tab completed "C-1" to "C-100"; the next finds nothing to add, the third lists.
        try session.press(.tab)
        try session.press(.tab)
        try session.waitFor("C-1001  C-1002")
        try session.type("2")
        try session.press(.enter)
        try session.waitFor("user: C-1002")
        try leave(session)
    }

    @Test("completion offers a customer id added while the chat runs")
    func userIDsChangeAtRunTime() throws {
        defer { scratch.remove() }
        let session = try startChat()
        defer { session.close() }
        try say(":user NEW-77", expect: "user: NEW-77", in: session)
        try session.type(":user ne")
        try session.press(.tab)
        try session.waitFor("you> :user NEW-77")
        try session.press(.enter)
        try session.waitUntil { rows($0).filter { $0 == "user: NEW-77" }.count == 2 }
        try leave(session)
    }

    @Test("Tab after :lang offers the languages, and Chinese replies switch the prompt")
    func languageCompletionAndChinesePrompt() throws {
        defer { scratch.remove() }
        let session = try startChat()
        defer { session.close() }
        try session.type(":lang z")
        try session.press(.tab)
        try session.waitFor("you> :lang zh")
        try session.press(.enter)
        try session.waitFor("语言：中文")
        try session.waitForPrompt("你> ")
        try session.type("为什么不借钱")
        try session.press(.left, .left, .backspace, .enter)
        try session.waitFor("echo: 为什么借钱")
        try session.waitForPrompt("你> ")
        try session.press(.control("d"))
        try session.waitFor("再见。")
        #expect(try session.waitForExit() == 0)
    }

    @Test("Up recalls lines from the previous run, kept in the history file")
    func historyAcrossRuns() throws {
        defer { scratch.remove() }
        let first = try startChat()
        defer { first.close() }
        for question in ["first question", "second question"] {
            try say(question, expect: "echo: " + question, in: first)
        }
        try leave(first)
        #expect(try String(contentsOfFile: historyFile, encoding: .utf8) == "first question\nsecond question\n")

        let second = try startChat()
        defer { second.close() }
        try second.press(.up)
        try second.waitFor("you> second question")
        try second.press(.up)
        try second.waitFor("you> first question")
        try second.press(.enter)
        try second.waitFor("echo: first question")
        try leave(second)
    }

    @Test("Ctrl-R searches the history")
    func reverseSearch() throws {
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: (historyFile as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try "alpha one\nbeta two\ngamma three\n".write(toFile: historyFile, atomically: true, encoding: .utf8)
        let session = try startChat()
        defer { session.close() }
        try session.press(.control("r"))
        try session.type("bet")
        try session.waitFor("(reverse-i-search)`bet': beta two")
        try session.press(.enter)
        try session.waitFor("echo: beta two")
        try leave(session)
    }

    @Test("Ctrl-C throws the line away and the chat goes on")
    func controlCClearsTheLine() throws {
        defer { scratch.remove() }
        let session = try startChat()
        defer { session.close() }
        try session.type("half typed")
        try session.waitFor("you> half typed")
        try session.press(.control("c"))
        try session.waitUntil { rows($0).suffix(2) == ["you> half typed^C", "you> "] }
        #expect(session.exitStatus() == nil)
        try say("after", expect: "echo: after", in: session)
        #expect(!(try session.screen()).contains("half typedafter"))
        try leave(session)
    }

    @Test("Ctrl-C during a history search leaves the search and clears the line")
    func controlCInSearch() throws {
        defer { scratch.remove() }
        let session = try startChat()
        defer { session.close() }
        try say("remember me", expect: "echo: remember me", in: session)
        try session.press(.control("r"))
        try session.type("rem")
        try session.waitFor("(reverse-i-search)`rem': remember me")
        try session.press(.control("c"))
        try session.waitFor("you> remember me^C")
        try session.type("next")
        try session.press(.enter)
        try session.waitFor("echo: next")
        try leave(session)
    }

    @Test("an unusable history file is a warning, not a failure")
    func unwritableHistory() throws {
        defer { scratch.remove() }
        let blocker = scratch.path + "/not-a-directory"
        try "".write(toFile: blocker, atomically: true, encoding: .utf8)
        let session = try startChat(["EXPLAINER_HISTORY": blocker + "/history"], width: 250)
        defer { session.close() }
        try session.waitFor("explainer: warning: cannot create the history directory \(blocker) (Not a directory); "
                            + "this session's history will not be saved.")
        try say("still works", expect: "echo: still works", in: session)
        try leave(session)
    }

    @Test("with standard output redirected, prompts and typing stay on the terminal")
    func redirectedOutput() throws {
        defer { scratch.remove() }
        let transcript = scratch.path + "/transcript.txt"
        let session = try TerminalSession(
            command: ["/bin/sh", "-c", "exec \"$0\" > \"$1\"", fixture, transcript],
            environment: ["EXPLAINER_HISTORY": historyFile])
        defer { session.close() }
        try session.waitForPrompt("you> ")
        try session.type("hello ¥5")
        try session.press(.enter)
        try session.waitUntil { TerminalSession.rows(of: $0) == ["you> hello ¥5", "you> "] }
        try session.press(.control("d"))
        #expect(try session.waitForExit() == 0)
        let written = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(written == "Echo fixture. Type :help for commands.\n\necho: hello ¥5\n\nGoodbye.\n")
    }
}
