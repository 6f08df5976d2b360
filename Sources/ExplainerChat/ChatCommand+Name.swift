extension ChatCommand {
    /// The name of a chat command: its spelling, aliases and usage line.
    ///
    /// The usage is syntax and stays here; what each command does, as `:help` says it, is the
    /// answer `chat.command.<name>` in knowledge/answers.yaml (see ``ChatTexts``).
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
            default: typed
            }
        }

        /// The command as typed without its argument, e.g. `:user`.
        public var typed: String {
            ":" + rawValue
        }

        /// Every command's usage, comma-separated, as the error for an unknown command lists them:
        /// `:user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit`.
        public static var usageList: String {
            allCases.map(\.usage).joined(separator: ", ")
        }
    }
}
