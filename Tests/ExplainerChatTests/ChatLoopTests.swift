import Testing
import ExplainerChat

/// A line editor that replays lines and records what the loop asked of it.
private final class ScriptedEditor: LineEditor {
    private var lines: [String]
    private(set) var prompts: [String] = []
    private(set) var completionIDs: [[String]] = []
    private(set) var closeCount = 0

    init(_ lines: [String]) { self.lines = lines }

    func readLine(prompt: String) -> String? {
        prompts.append(prompt)
        return lines.isEmpty ? nil : lines.removeFirst()
    }

    func setCompletionUserIDs(_ ids: [String]) { completionIDs.append(ids) }
    func close() { closeCount += 1 }
}

private struct HandlerError: Error, CustomStringConvertible {
    let description: String
}

/// A handler that says which method was called; the question "fail" throws.
/// The loop's own sentences (prompt, goodbye, help, input errors) come from the real knowledge/.
private final class RecordingHandler: ChatHandler {
    private(set) var calls: [String] = []
    private var users = ["C-1"]

    func greeting() async -> ChatReply { ChatReply("Hi.", language: .en) }

    func answer(_ question: String) async throws -> ChatReply {
        calls.append("answer \(question)")
        if question == "fail" { throw HandlerError(description: "No customer selected; type :user ID first.") }
        let chinese = question.unicodeScalars.contains { $0.value >= 0x4E00 }
        return ChatReply(chinese ? "答：\(question)" : "A: \(question)", language: chinese ? .zh : .en)
    }

    func choose(_ option: Int) async throws -> ChatReply {
        calls.append("choose \(option)")
        return ChatReply("chose \(option)\n")
    }

    func selectUser(_ id: String) async throws -> ChatReply {
        calls.append("user \(id)")
        users.append(id)
        return ChatReply("now \(id)")
    }

    func setLanguage(_ setting: LanguageSetting) async throws -> ChatReply {
        calls.append("lang \(setting.rawValue)")
        return ChatReply("lang \(setting.rawValue)")
    }

    func explainLastAnswer() async throws -> ChatReply { calls.append("why"); return ChatReply("trace") }
    func showRecord() async throws -> ChatReply { calls.append("record"); return ChatReply("record") }
    func reset() async throws -> ChatReply { calls.append("reset"); return ChatReply("reset") }
    func completionUserIDs() async -> [String] { users }
}

@Suite("Chat loop")
struct ChatLoopTests {
    /// Runs the loop over `lines`; returns the output and the doubles.
    private func chat(_ lines: [String], language: LanguageSetting = .auto)
        async throws -> (output: String, editor: ScriptedEditor, handler: RecordingHandler) {
        let editor = ScriptedEditor(lines)
        let handler = RecordingHandler()
        let sink = BufferSink()
        await ChatLoop(editor: editor, output: sink, handler: handler, texts: try RealKnowledge.texts(), language: language).run()
        return (sink.text, editor, handler)
    }

    @Test("each input reaches the right handler method; replies are separated by blank lines")
    func dispatch() async throws {
        let (output, editor, handler) = try await chat(["why", "2", ":user C-9", ":lang en", ":why", ":record", ":reset", "", "   "])
        #expect(handler.calls == ["answer why", "choose 2", "user C-9", "lang en", "why", "record", "reset"])
        #expect(output == "Hi.\n\nA: why\n\nchose 2\n\nnow C-9\n\nlang en\n\ntrace\n\nrecord\n\nreset\n\nGoodbye.\n")
        #expect(editor.closeCount == 1)
    }

    @Test(":quit, :q and :exit stop reading at once")
    func quit() async throws {
        for quit in [":quit", ":q", ":exit"] {
            let (output, editor, handler) = try await chat(["one", quit, "never"])
            #expect(handler.calls == ["answer one"])
            #expect(output == "Hi.\n\nA: one\n\nGoodbye.\n")
            #expect(editor.prompts.count == 2)
            #expect(editor.closeCount == 1)
        }
    }

    @Test("the prompt and the goodbye follow the language of the replies and of :lang")
    func prompts() async throws {
        let (output, editor, _) = try await chat(["hello", "为什么", ":lang en", "为什么", ":lang auto", "为什么", ":lang zh", "hi"])
        #expect(editor.prompts == ["you> ", "you> ", "你> ", "you> ", "you> ", "you> ", "你> ", "你> ", "你> "])
        #expect(output.hasSuffix("再见。\n"))
        let (_, fixed, _) = try await chat(["x"], language: .zh)
        #expect(fixed.prompts == ["你> ", "你> "])
    }

    @Test("input errors and handler errors print as one line, and the chat goes on")
    func errors() async throws {
        let (output, _, handler) = try await chat([":foo", "fail", ":lang fr", "after"])
        #expect(output == """
            Hi.

            Unknown command ':foo'. Commands: :user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit.

            No customer selected; type :user ID first.

            ':lang' takes auto, zh or en, not 'fr'.

            A: after

            Goodbye.

            """)
        #expect(handler.calls == ["answer fail", "answer after"])
    }

    @Test("input errors are in Chinese once the chat is")
    func chineseErrors() async throws {
        let (output, _, _) = try await chat([":foo"], language: .zh)
        #expect(output.contains("没有 ':foo' 这个命令。"))
    }

    @Test(":help lists every command and the keys")
    func help() async throws {
        let (output, _, handler) = try await chat([":help"])
        #expect(handler.calls.isEmpty)
        #expect(output == """
            Hi.

            Commands:
              :user ID          talk about the customer with this id
              :lang auto|zh|en  answer in the language of each message, in Chinese, or in English
              :why              show the decision trace behind the last answer
              :record           show the current customer's record
              :reset            start the conversation afresh
              :help             list the commands and keys
              :quit             leave (also :q, :exit, Ctrl-D)

            Keys: Tab completes commands and customer ids, Up/Down walk the history,
            Ctrl-R searches it, Ctrl-C clears the line, Ctrl-D leaves.
            Answer a clarifying question with its number (1 or 2).

            Goodbye.

            """)
    }

    @Test("completion ids are refreshed at start and after each command")
    func completionRefresh() async throws {
        let (_, editor, _) = try await chat(["question", ":user C-2", "1"])
        #expect(editor.completionIDs == [["C-1"], ["C-1", "C-2"]])
    }
}
