/// Why a chat line could not be read as a command; one sentence, in English or Chinese.
///
/// The texts a user sees (English):
/// - `Unknown command ':foo'. Commands: :user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit.`
/// - `':user' needs a customer id: :user ID.`
/// - `':user' takes one customer id without spaces, not 'a b'.`
/// - `':lang' takes auto, zh or en, not 'fr'.`
/// - `':why' takes nothing after it, not 'now'.`
public struct ChatInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The sentence in English.
    public let description: String
    /// The same sentence in Simplified Chinese.
    public let chinese: String

    /// The sentence in `language`.
    public func message(in language: ChatLanguage) -> String {
        language == .zh ? chinese : description
    }

    /// Every command's usage, as listed in the error for an unknown one.
    static var commandList: String {
        ChatCommand.Name.allCases.map(\.usage).joined(separator: ", ")
    }

    static func unknownCommand(_ typed: String) -> ChatInputError {
        ChatInputError(
            description: "Unknown command '\(typed)'. Commands: \(commandList).",
            chinese: "没有 '\(typed)' 这个命令。可用命令：\(commandList)。")
    }

    static func missingArgument(_ name: ChatCommand.Name) -> ChatInputError {
        ChatInputError(
            description: "':\(name.rawValue)' needs \(argumentNoun(name)): \(name.usage).",
            chinese: "':\(name.rawValue)' 后面需要\(argumentNounChinese(name))：\(name.usage)。")
    }

    static func badArgument(_ name: ChatCommand.Name, _ argument: String) -> ChatInputError {
        switch name {
        case .lang:
            ChatInputError(
                description: "':lang' takes auto, zh or en, not '\(argument)'.",
                chinese: "':lang' 只接受 auto、zh 或 en，而不是 '\(argument)'。")
        default:
            ChatInputError(
                description: "':\(name.rawValue)' takes one customer id without spaces, not '\(argument)'.",
                chinese: "':\(name.rawValue)' 只接受一个不含空格的客户编号，而不是 '\(argument)'。")
        }
    }

    static func unexpectedArgument(_ name: ChatCommand.Name, _ argument: String) -> ChatInputError {
        ChatInputError(
            description: "':\(name.rawValue)' takes nothing after it, not '\(argument)'.",
            chinese: "':\(name.rawValue)' 后面不需要任何内容，而不是 '\(argument)'。")
    }

    private static func argumentNoun(_ name: ChatCommand.Name) -> String {
        name == .lang ? "a language" : "a customer id"
    }

    private static func argumentNounChinese(_ name: ChatCommand.Name) -> String {
        name == .lang ? "语言" : "客户编号"
    }
}
