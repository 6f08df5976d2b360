/// A `:command` typed in the chat, with its argument already checked.
///
/// Produced by ``ChatInput/init(parsing:)``; see ``ChatCommand/Name`` for the spellings.
public enum ChatCommand: Sendable, Hashable {
    /// `:user ID` — talk about this customer from now on.
    case user(String)
    /// `:lang auto|zh|en` — the language of the replies.
    case lang(LanguageSetting)
    /// `:why` — the decision trace behind the last answer.
    case why
    /// `:record` — the current customer's record.
    case record
    /// `:reset` — forget the conversation so far (the customer stays selected).
    case reset
    /// `:help` — the commands and keys.
    case help
    /// `:quit` (also `:q`, `:exit`) — leave the chat.
    case quit

    /// The command's name, as listed by `:help` and offered by Tab completion.
    public var name: Name {
        switch self {
        case .user: .user
        case .lang: .lang
        case .why: .why
        case .record: .record
        case .reset: .reset
        case .help: .help
        case .quit: .quit
        }
    }
}
