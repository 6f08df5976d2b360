/// Why a chat line could not be read as a command.
///
/// The parser only says what was wrong; the sentence a user sees is an answer in
/// knowledge/answers.yaml under `chat.input.` (one per case), rendered in the chat's language by
/// ``ChatTexts/Language/message(for:)``. With the shipped knowledge, in English:
/// - `Unknown command ':foo'. Commands: :user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit.`
/// - `':user' needs a customer id: :user ID.`
/// - `':user' takes one customer id without spaces, not 'a b'.`
/// - `':lang' takes auto, zh or en, not 'fr'.`
/// - `':why' takes nothing after it, not 'now'.`
public enum ChatInputError: Error, Sendable, Hashable {
    /// A colon followed by no command's name; carries what was typed, colon included (`:foo`).
    /// Answer `chat.input.unknown_command`.
    case unknownCommand(String)
    /// `:user` alone. Answer `chat.input.missing_user`.
    case missingUser
    /// `:lang` alone. Answer `chat.input.missing_language`.
    case missingLanguage
    /// `:user` followed by more than one word. Answer `chat.input.bad_user`.
    case badUser(String)
    /// `:lang` followed by something other than auto, zh or en. Answer `chat.input.bad_language`.
    case badLanguage(String)
    /// A command that takes no argument, given one. Answer `chat.input.unexpected_argument`.
    case unexpectedArgument(ChatCommand.Name, String)
}
