import Testing
@testable import ExplainerChat

@Suite("Chat input parsing")
struct ChatInputTests {
    private func parse(_ line: String) throws -> ChatInput {
        try ChatInput(parsing: line)
    }

    private func assertError(_ line: String, _ english: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: ChatInputError.self, sourceLocation: sourceLocation) { try parse(line) }
        do {
            _ = try parse(line)
        } catch let error as ChatInputError {
            #expect(error.description == english, sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test("every command and its aliases", arguments: [
        (":user C-1001", ChatCommand.user("C-1001")),
        (":user   C-1001  ", .user("C-1001")),
        (":lang auto", .lang(.auto)),
        (":lang ZH", .lang(.zh)),
        (":lang en", .lang(.en)),
        (":why", .why),
        (":record", .record),
        (":reset", .reset),
        (":help", .help),
        (":quit", .quit),
        (":q", .quit),
        (":exit", .quit),
        (":QUIT", .quit),
        ("  :why  ", .why),
        (":why ", .why),
        ("：why", .why),
        ("：user　C-1001", .user("C-1001")),
    ])
    func commands(line: String, expected: ChatCommand) throws {
        #expect(try parse(line) == .command(expected))
    }

    @Test("a bare digit 1–9 is a choice, ASCII or full-width")
    func choices() throws {
        #expect(try parse("1") == .choice(1))
        #expect(try parse(" 2 ") == .choice(2))
        #expect(try parse("9") == .choice(9))
        #expect(try parse("２") == .choice(2))
    }

    @Test("other lines are questions, trimmed")
    func questions() throws {
        #expect(try parse("  why can't I borrow? ") == .question("why can't I borrow?"))
        #expect(try parse("为什么借不了钱") == .question("为什么借不了钱"))
        #expect(try parse("0") == .question("0"))
        #expect(try parse("12") == .question("12"))
        #expect(try parse("1 or 2") == .question("1 or 2"))
        #expect(try parse("user C-1") == .question("user C-1"))
    }

    @Test("blank lines are empty")
    func empty() throws {
        #expect(try parse("") == .empty)
        #expect(try parse("   \t ") == .empty)
        #expect(try parse("\u{3000}") == .empty)
    }

    @Test("errors name the command and what was wrong")
    func errors() {
        assertError(":foo", "Unknown command ':foo'. Commands: :user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit.")
        assertError(":", "Unknown command ':'. Commands: :user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit.")
        assertError(":user", "':user' needs a customer id: :user ID.")
        assertError(":user a b", "':user' takes one customer id without spaces, not 'a b'.")
        assertError(":lang", "':lang' needs a language: :lang auto|zh|en.")
        assertError(":lang fr", "':lang' takes auto, zh or en, not 'fr'.")
        assertError(":why now", "':why' takes nothing after it, not 'now'.")
        assertError(":quit please", "':quit' takes nothing after it, not 'please'.")
    }

    @Test("errors also read in Chinese")
    func chineseErrors() {
        do throws(ChatInputError) {
            _ = try ChatInput(parsing: ":foo")
            Issue.record(":foo parsed")
        } catch {
            #expect(error.message(in: .zh) == "没有 ':foo' 这个命令。可用命令：:user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit。")
            #expect(error.message(in: .en) == error.description)
        }
    }
}
