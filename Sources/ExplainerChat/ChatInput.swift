/// One line typed in the chat, classified: a command, an answer to a clarifying question, or a question.
///
/// ```swift
/// try ChatInput(parsing: ":user C-1001")   // .command(.user("C-1001"))
/// try ChatInput(parsing: "2")              // .choice(2)
/// try ChatInput(parsing: "为什么借不了钱")    // .question("为什么借不了钱")
/// try ChatInput(parsing: "   ")            // .empty
/// try ChatInput(parsing: ":foo")           // throws ChatInputError
/// ```
/// Full-width forms typed with a Chinese input method count as their ASCII twins: `：why`, `２`.
/// For `:foo` the chat prints the answer `chat.input.unknown_command` (see ``ChatInputError``):
/// `Unknown command ':foo'. Commands: :user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit.`
public enum ChatInput: Sendable, Hashable {
    /// A `:command`.
    case command(ChatCommand)
    /// A bare number 1–9: the answer to a clarifying question ("did you mean 1 or 2?").
    case choice(Int)
    /// Anything else: a question for the engine, trimmed.
    case question(String)
    /// A blank line (or one cleared with Ctrl-C): nothing to do.
    case empty
}
