import Foundation
import Testing
import TerminalHarness

/// The chat with standard input from a file: no prompt, no escape codes, only the replies.
@Suite("Chat from a pipe")
struct ChatPipeTests {
    /// Runs the fixture on `script` with a clean environment; returns what it did.
    private func runChat(_ script: String) throws -> (result: ProcessResult, historyWritten: Bool) {
        let fixture = try BuiltProducts.executable("chat-harness-fixture")
        let scratch = try ScratchDirectory(prefix: "chat-pipe")
        defer { scratch.remove() }
        let history = scratch.path + "/history"
        let result = try BoundedProcess.run(fixture, environment: [
            "PATH": "/usr/bin:/bin", "HOME": scratch.path, "LANG": "C.UTF-8", "TERM": "xterm-256color",
            "EXPLAINER_HISTORY": history,
        ], standardInput: script)
        return (result, FileManager.default.fileExists(atPath: history))
    }

    @Test("a script's whole output is the replies, exactly")
    func wholeOutput() throws {
        let script = """
            hello ¥1,200 on 2026-12-04
            :user C-9
            2
            7
            :foo

            :why
            :record
            :lang zh
            你好
            :quit
            never read

            """
        let (result, historyWritten) = try runChat(script)
        #expect(result.standardOutput == """
            Echo fixture. Type :help for commands.

            echo: hello ¥1,200 on 2026-12-04

            user: C-9

            choice: 2

            There is no option 7; answer 1 or 2.

            Unknown command ':foo'. Commands: :user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit.

            #1 why: no engine in the fixture

            1. record: none
            2. limit: ¥1,200 until 2026-12-04

            语言：中文

            echo: 你好

            再见。

            """)
        #expect(result.standardError == "")
        #expect(result.status == 0)
        #expect(!historyWritten)
    }

    @Test("end of input says goodbye and exits 0; CRLF line ends are read as plain lines")
    func endOfInput() throws {
        let (result, _) = try runChat("one\r\ntwo")
        #expect(result.standardOutput == "Echo fixture. Type :help for commands.\n\necho: one\n\necho: two\n\nGoodbye.\n")
        #expect(result.status == 0)
    }
}
