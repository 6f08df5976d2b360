extension ChatLoop {
    /// Routes one parsed input; false when the chat should end.
    func handle(_ input: ChatInput) async -> Bool {
        switch input {
        case .empty:
            return true
        case .question(let text):
            await reply { try await $0.answer(text) }
        case .choice(let option):
            await reply { try await $0.choose(option) }
        case .command(.quit):
            return false
        case .command(.help):
            print(ChatReply(helpText, language: language))
        case .command(let command):
            await run(command)
            await refreshCompletion()
        }
        return true
    }

    private func run(_ command: ChatCommand) async {
        switch command {
        case .user(let id): await reply { try await $0.selectUser(id) }
        case .lang(let setting):
            languageSetting = setting
            if let fixed = setting.fixedLanguage { language = fixed }
            await reply { try await $0.setLanguage(setting) }
        case .why: await reply { try await $0.explainLastAnswer() }
        case .record: await reply { try await $0.showRecord() }
        case .reset: await reply { try await $0.reset() }
        case .help, .quit: break
        }
    }

    /// Prints the handler's reply, or its error as one line.
    private func reply(_ call: (Handler) async throws -> ChatReply) async {
        do {
            print(try await call(handler))
        } catch {
            print(ChatReply(String(describing: error)))
        }
    }
}
