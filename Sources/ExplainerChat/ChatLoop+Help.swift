extension ChatLoop {
    /// The `:help` text in the current language: every command, then the editing keys
    /// (answers `chat.help.heading`, `chat.command.<name>`, `chat.help.keys`).
    public var helpText: String {
        let words = texts[language]
        let width = ChatCommand.Name.allCases.map(\.usage.count).max() ?? 0
        let commands = ChatCommand.Name.allCases.map { name in
            "  " + name.usage.padding(to: width) + "  " + words.summary(of: name)
        }
        return ([words.helpHeading] + commands + ["", words.keysHelp]).joined(separator: "\n")
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
