import ExplainerChat
import Synchronization

/// Answers every input by saying what it received; `:user ID` adds the id to the completion list.
final class EchoHandler: ChatHandler, Sendable {
    private let userIDs = Mutex(["C-1001", "C-1002", "D-2001"])
    private let terminal = Terminal.standardOutput()

    func greeting() async -> ChatReply {
        ChatReply("Echo fixture. Type :help for commands.", language: .en)
    }

    func answer(_ question: String) async throws -> ChatReply {
        ChatReply("echo: " + terminal.emphasizingFigures(question))
    }

    func choose(_ option: Int) async throws -> ChatReply {
        guard option <= 2 else { throw FixtureError(description: "There is no option \(option); answer 1 or 2.") }
        return ChatReply("choice: \(option)")
    }

    func selectUser(_ id: String) async throws -> ChatReply {
        userIDs.withLock { ids in
            if !ids.contains(id) { ids.append(id) }
        }
        return ChatReply("user: \(id)")
    }

    func setLanguage(_ setting: LanguageSetting) async throws -> ChatReply {
        ChatReply(setting == .zh ? "语言：中文" : "language: \(setting.rawValue)", language: setting.fixedLanguage)
    }

    func explainLastAnswer() async throws -> ChatReply {
        ChatReply(terminal.rankedList([RankedItem(rank: 1, text: "why: no engine in the fixture")]))
    }

    func showRecord() async throws -> ChatReply {
        ChatReply(terminal.numberedList(["record: none", "limit: ¥1,200 until 2026-12-04"]))
    }

    func reset() async throws -> ChatReply {
        ChatReply("reset")
    }

    func completionUserIDs() async -> [String] {
        userIDs.withLock { $0 }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
}
