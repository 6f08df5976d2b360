import Testing
@testable import ExplainerChat

@Suite("Chat input parsing")
struct ChatInputTests {
    private func parse(_ line: String) throws -> ChatInput {
        try ChatInput(parsing: line)
    }

    private func assertError(_ line: String, _ expected: ChatInputError, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: expected, sourceLocation: sourceLocation) { try parse(line) }
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
        assertError(":foo", .unknownCommand(":foo"))
        assertError(":", .unknownCommand(":"))
        assertError("：foo bar", .unknownCommand(":foo"))
        assertError(":user", .missingUser)
        assertError(":user a b", .badUser("a b"))
        assertError(":lang", .missingLanguage)
        assertError(":lang fr", .badLanguage("fr"))
        assertError(":why now", .unexpectedArgument(.why, "now"))
        assertError(":quit please", .unexpectedArgument(.quit, "please"))
    }
}
