extension ChatLoop {
    /// The `:help` text in the current language: every command, then the editing keys.
    public var helpText: String {
        let width = ChatCommand.Name.allCases.map(\.usage.count).max() ?? 0
        let commands = ChatCommand.Name.allCases.map { name in
            "  " + name.usage.padding(to: width) + "  " + name.summary(in: language)
        }
        let heading = language == .zh ? "命令：" : "Commands:"
        return ([heading] + commands + [""] + keysHelp).joined(separator: "\n")
    }

    private var keysHelp: [String] {
        switch language {
        case .zh: [
            "按键：Tab 补全命令和客户编号，↑/↓ 翻历史，Ctrl-R 搜索历史，",
            "Ctrl-C 清空当前行，Ctrl-D 退出。回答澄清问题时输入 1 或 2。",
        ]
        case .en: [
            "Keys: Tab completes commands and customer ids, Up/Down walk the history,",
            "Ctrl-R searches it, Ctrl-C clears the line, Ctrl-D leaves.",
            "Answer a clarifying question with its number (1 or 2).",
        ]
        }
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
