import Foundation
import Testing
import TerminalHarness

/// The chat under an interactive bash, as a user runs it: Ctrl-Z and `fg`, and being killed.
@Suite("Chat under a shell", .serialized)
struct ChatJobControlTests {
    private let fixture: String
    private let scratch: ScratchDirectory

    init() throws {
        fixture = try BuiltProducts.executable("chat-harness-fixture")
        scratch = try ScratchDirectory(prefix: "chat-shell")
    }

    /// An interactive bash with the prompt `$ ` and the chat's history in the scratch directory.
    private func startShell() throws -> TerminalSession {
        let session = try TerminalSession(
            command: ["/bin/bash", "--norc", "--noprofile", "-i"],
            environment: ["PS1": "$ ", "EXPLAINER_HISTORY": scratch.path + "/history"])
        try session.waitForPrompt("$ ")
        return session
    }

    private func run(_ commandLine: String, in session: TerminalSession) throws {
        try session.type(commandLine)
        try session.press(.enter)
    }

    @Test("Ctrl-Z gives the terminal back to the shell; fg resumes the same line")
    func suspendAndResume() throws {
        defer { scratch.remove() }
        let session = try startShell()
        defer { session.close() }
        try run(fixture, in: session)
        try session.waitForPrompt("you> ")
        try session.type("abc")
        try session.waitFor("you> abc")
        try session.press(.control("z"))
        try session.waitFor("Stopped")
        try session.waitForPrompt("$ ")
        try run("fg", in: session)
        try session.waitUntil { TerminalSession.rows(of: $0).last == "you> abc" }
        try session.type("xyz")
        try session.press(.enter)
        try session.waitFor("echo: abcxyz")
        try session.waitForPrompt("you> ")
        try session.press(.control("d"))
        try session.waitFor("Goodbye.")
        try session.waitForPrompt("$ ")
        try run("exit", in: session)
        #expect(try session.waitForExit() == 0)
    }

    @Test("killed at the prompt, the chat leaves the terminal in its normal mode")
    func terminatedAtThePrompt() throws {
        defer { scratch.remove() }
        let session = try startShell()
        defer { session.close() }
        try run("bash -c '(sleep 2; kill -TERM $$) & exec \(fixture)'; echo status=$?; stty -a | tr ' ' '\\n' | grep -x -- '-*icanon'",
                in: session)
        try session.waitForPrompt("you> ")
        try session.waitFor("status=143", timeout: .seconds(15))
        let screen = try session.waitForPrompt("$ ")
        #expect(TerminalSession.rows(of: screen).contains("icanon"))
    }
}
