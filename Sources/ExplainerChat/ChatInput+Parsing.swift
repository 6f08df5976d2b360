extension ChatInput {
    /// Classifies one input line. Pure: no state, no I/O.
    ///
    /// - Throws: ``ChatInputError`` for an unknown command or a command with a wrong argument.
    public init(parsing line: String) throws(ChatInputError) {
        let text = Self.trimmed(line)
        if text.isEmpty {
            self = .empty
        } else if let first = text.first, first == ":" || first == "：" {
            self = .command(try Self.command(from: String(text.dropFirst())))
        } else if let choice = Self.choice(from: text) {
            self = .choice(choice)
        } else {
            self = .question(text)
        }
    }

    /// `1`…`9` (ASCII or full-width) alone on the line.
    static func choice(from text: String) -> Int? {
        guard text.count == 1, let scalar = text.unicodeScalars.first else { return nil }
        switch scalar.value {
        case 0x31...0x39: return Int(scalar.value - 0x30)
        case 0xFF11...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    /// The command named by `body` (the text after the colon), with its argument checked.
    static func command(from body: String) throws(ChatInputError) -> ChatCommand {
        let spelling = String(body.prefix { !$0.isWhitespace })
        let argument = trimmed(String(body.dropFirst(spelling.count)))
        guard let name = ChatCommand.Name(spelling: spelling) else {
            throw .unknownCommand(":" + spelling)
        }
        return try command(name, argument: argument)
    }

    private static func command(_ name: ChatCommand.Name, argument: String) throws(ChatInputError) -> ChatCommand {
        switch name {
        case .user:
            guard !argument.isEmpty else { throw .missingUser }
            guard !argument.contains(where: \.isWhitespace) else { throw .badUser(argument) }
            return .user(argument)
        case .lang:
            guard !argument.isEmpty else { throw .missingLanguage }
            guard let setting = LanguageSetting(rawValue: argument.lowercased()) else { throw .badLanguage(argument) }
            return .lang(setting)
        case .why: try noArgument(name, argument); return .why
        case .record: try noArgument(name, argument); return .record
        case .reset: try noArgument(name, argument); return .reset
        case .help: try noArgument(name, argument); return .help
        case .quit: try noArgument(name, argument); return .quit
        }
    }

    private static func noArgument(_ name: ChatCommand.Name, _ argument: String) throws(ChatInputError) {
        guard argument.isEmpty else { throw .unexpectedArgument(name, argument) }
    }

    /// `text` without leading and trailing whitespace (including the ideographic space).
    static func trimmed(_ text: String) -> String {
        let head = text.drop { $0.isWhitespace }
        var end = head.endIndex
        while end > head.startIndex, head[head.index(before: end)].isWhitespace {
            end = head.index(before: end)
        }
        return String(head[head.startIndex..<end])
    }
}
