import ExplainerKnowledge

extension ChatTexts {
    /// The chat's sentences in one language, ready to print (the input errors are filled when one happens).
    public struct Language: Sendable {
        /// Shown before each line the user types: `you> ` (answer `chat.prompt`).
        public let prompt: String
        /// The last line of every chat: `Goodbye.` (answer `chat.goodbye`).
        public let goodbye: String
        /// The first line of `:help`: `Commands:` (answer `chat.help.heading`).
        public let helpHeading: String
        /// The end of `:help`: the editing keys, possibly several lines (answer `chat.help.keys`).
        public let keysHelp: String
        /// What each command does, one line each (answers `chat.command.<name>`).
        let summaries: [ChatCommand.Name: String]
        /// The `chat.input.*` templates, by the error they word.
        let inputErrors: InputErrors

        /// What `name` does, as `:help` lists it: `talk about the customer with this id`.
        public func summary(of name: ChatCommand.Name) -> String {
            summaries[name] ?? ""
        }

        /// The sentence for a mistyped command:
        /// `Unknown command ':foo'. Commands: :user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit.`
        public func message(for error: ChatInputError) -> String {
            let (template, values) = inputErrors.template(for: error)
            return template.fill { values[$0] } ?? ""
        }
    }

    /// The templates of `chat.input.*`: filled with what the user typed, so kept unfilled until then.
    struct InputErrors: Sendable {
        var unknownCommand, missingUser, missingLanguage, badUser, badLanguage, unexpectedArgument: Template

        /// The template for `error` and the values of its placeholders.
        func template(for error: ChatInputError) -> (Template, [String: String]) {
            switch error {
            case .unknownCommand(let typed):
                (unknownCommand, ["command": typed, "commands": ChatCommand.Name.usageList])
            case .missingUser:
                (missingUser, ["command": ChatCommand.Name.user.typed, "usage": ChatCommand.Name.user.usage])
            case .missingLanguage:
                (missingLanguage, ["command": ChatCommand.Name.lang.typed, "usage": ChatCommand.Name.lang.usage])
            case .badUser(let argument):
                (badUser, ["command": ChatCommand.Name.user.typed, "argument": argument])
            case .badLanguage(let argument):
                (badLanguage, ["command": ChatCommand.Name.lang.typed, "argument": argument])
            case .unexpectedArgument(let name, let argument):
                (unexpectedArgument, ["command": name.typed, "argument": argument])
            }
        }
    }
}
