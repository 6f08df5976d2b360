import ExplainerKnowledge
import Testing
@testable import ExplainerChat

/// The chat's own sentences, read from the real knowledge/ (answers.yaml `chat.*`).
@Suite("Chat texts from knowledge")
struct ChatTextsTests {
    /// The sentence the chat prints, in `language`, for the mistyped `line`.
    private func message(_ line: String, in language: ChatLanguage = .en, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let texts = try RealKnowledge.texts()
        do throws(ChatInputError) {
            _ = try ChatInput(parsing: line)
        } catch {
            return texts[language].message(for: error)
        }
        Issue.record("\(line) parsed", sourceLocation: sourceLocation)
        return ""
    }

    @Test("the prompt and the goodbye in each language")
    func frame() throws {
        let texts = try RealKnowledge.texts()
        #expect(texts[.en].prompt == "you> ")
        #expect(texts[.zh].prompt == "你> ")
        #expect(texts[.en].goodbye == "Goodbye.")
        #expect(texts[.zh].goodbye == "再见。")
    }

    @Test("input errors in English name the command and what was wrong")
    func englishErrors() throws {
        #expect(try message(":foo") == "Unknown command ':foo'. Commands: :user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit.")
        #expect(try message(":") == "Unknown command ':'. Commands: :user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit.")
        #expect(try message(":user") == "':user' needs a customer id: :user ID.")
        #expect(try message(":user a b") == "':user' takes one customer id without spaces, not 'a b'.")
        #expect(try message(":lang") == "':lang' needs a language: :lang auto|zh|en.")
        #expect(try message(":lang fr") == "':lang' takes auto, zh or en, not 'fr'.")
        #expect(try message(":why now") == "':why' takes nothing after it, not 'now'.")
        #expect(try message(":quit please") == "':quit' takes nothing after it, not 'please'.")
    }

    @Test("input errors in Chinese")
    func chineseErrors() throws {
        #expect(try message(":foo", in: .zh) == "没有 ':foo' 这个命令。可用命令：:user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit。")
        #expect(try message(":user", in: .zh) == "':user' 后面需要客户编号：:user ID。")
        #expect(try message(":user a b", in: .zh) == "':user' 只接受一个不含空格的客户编号，而不是 'a b'。")
        #expect(try message(":lang", in: .zh) == "':lang' 后面需要语言：:lang auto|zh|en。")
        #expect(try message(":lang fr", in: .zh) == "':lang' 只接受 auto、zh 或 en，而不是 'fr'。")
        #expect(try message(":reset now", in: .zh) == "':reset' 后面不需要任何内容，而不是 'now'。")
    }

    @Test("what the user typed is shown as typed: no term is looked up, no brace is read as a placeholder")
    func typedTextIsVerbatim() throws {
        // `huabei` and `true` are terms in terms.yaml; the error must not turn them into 花呗 or 是.
        #expect(try message(":lang huabei") == "':lang' takes auto, zh or en, not 'huabei'.")
        #expect(try message(":lang true", in: .zh) == "':lang' 只接受 auto、zh 或 en，而不是 'true'。")
        #expect(try message(":user {argument} x") == "':user' takes one customer id without spaces, not '{argument} x'.")
    }

    @Test("every command has a one-line summary in both languages", arguments: ChatCommand.Name.allCases)
    func summaries(name: ChatCommand.Name) throws {
        let texts = try RealKnowledge.texts()
        for language in ChatLanguage.allCases {
            let summary = texts[language].summary(of: name)
            #expect(!summary.isEmpty && !summary.contains("\n") && !summary.contains("{"), "\(name) \(language): \(summary)")
        }
    }

    @Test(":help in Chinese")
    func chineseHelp() async throws {
        let editor = OneLineEditor(":help")
        let sink = BufferSink()
        await ChatLoop(editor: editor, output: sink, handler: SilentHandler(), texts: try RealKnowledge.texts(), language: .zh).run()
        #expect(sink.text == """
            你好

            命令：
              :user ID          切换到这个客户编号
              :lang auto|zh|en  回复语言：自动、中文或英文
              :why              查看上一个回答背后的决策过程
              :record           查看当前客户的记录
              :reset            重新开始对话
              :help             列出命令和按键
              :quit             退出（也可用 :q、:exit、Ctrl-D）

            按键：Tab 补全命令和客户编号，↑/↓ 翻历史，Ctrl-R 搜索历史，
            Ctrl-C 清空当前行，Ctrl-D 退出。回答澄清问题时输入 1 或 2。

            再见。

            """)
    }

    @Test("knowledge without a chat sentence is refused, naming it")
    func missingSentence() throws {
        var knowledge = try RealKnowledge.knowledge()
        knowledge.answers["chat.goodbye"] = nil
        knowledge.answers["chat.command.why"] = nil
        do throws(KnowledgeErrors) {
            _ = try ChatTexts(knowledge: knowledge)
            Issue.record("knowledge without chat.goodbye was taken")
        } catch {
            #expect(error.description == """
                knowledge/answers.yaml: answer chat.command.why is missing
                knowledge/answers.yaml: answer chat.goodbye is missing
                """)
        }
    }
}

/// Replays one line, then ends the input.
private final class OneLineEditor: LineEditor {
    private var line: String?
    init(_ line: String) { self.line = line }
    func readLine(prompt: String) -> String? { defer { line = nil }; return line }
    func setCompletionUserIDs(_ ids: [String]) {}
    func close() {}
}

/// A handler that greets and echoes; these tests only ask it for the greeting.
private struct SilentHandler: ChatHandler {
    func greeting() async -> ChatReply { ChatReply("你好") }
    func answer(_ question: String) async throws -> ChatReply { ChatReply(question) }
    func choose(_ option: Int) async throws -> ChatReply { ChatReply(String(option)) }
    func selectUser(_ id: String) async throws -> ChatReply { ChatReply(id) }
    func setLanguage(_ setting: LanguageSetting) async throws -> ChatReply { ChatReply(setting.rawValue) }
    func explainLastAnswer() async throws -> ChatReply { ChatReply("") }
    func showRecord() async throws -> ChatReply { ChatReply("") }
    func reset() async throws -> ChatReply { ChatReply("") }
    func completionUserIDs() async -> [String] { [] }
}
