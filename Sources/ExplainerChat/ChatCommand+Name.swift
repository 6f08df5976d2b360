extension ChatCommand {
    /// The name of a chat command: its spelling, aliases, usage line and one-line summaries.
    public enum Name: String, Sendable, Hashable, CaseIterable {
        case user, lang, why, record, reset, help, quit

        /// Finds a command by what follows the colon, aliases included (`q`, `exit` → `quit`).
        public init?(spelling: String) {
            switch spelling.lowercased() {
            case "q", "exit": self = .quit
            default:
                guard let name = Name(rawValue: spelling.lowercased()) else { return nil }
                self = name
            }
        }

        /// How the command is typed, e.g. `:user ID`.
        public var usage: String {
            switch self {
            case .user: ":user ID"
            case .lang: ":lang auto|zh|en"
            default: ":" + rawValue
            }
        }

        /// What the command does, in `language`.
        public func summary(in language: ChatLanguage) -> String {
            switch (self, language) {
            case (.user, .en): "talk about the customer with this id"
            case (.user, .zh): "切换到这个客户编号"
            case (.lang, .en): "answer in the language of each message, in Chinese, or in English"
            case (.lang, .zh): "回复语言：自动、中文或英文"
            case (.why, .en): "show the decision trace behind the last answer"
            case (.why, .zh): "查看上一个回答背后的决策过程"
            case (.record, .en): "show the current customer's record"
            case (.record, .zh): "查看当前客户的记录"
            case (.reset, .en): "start the conversation afresh"
            case (.reset, .zh): "重新开始对话"
            case (.help, .en): "list the commands and keys"
            case (.help, .zh): "列出命令和按键"
            case (.quit, .en): "leave (also :q, :exit, Ctrl-D)"
            case (.quit, .zh): "退出（也可用 :q、:exit、Ctrl-D）"
            }
        }
    }
}
