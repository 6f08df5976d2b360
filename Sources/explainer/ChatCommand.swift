import ArgumentParser
import ExplainerChat
import ExplainerCore
import ExplainerEngine
import ExplainerStore
import Foundation

/// `explainer chat`: the customer's readline chat.
struct ChatCommandLine: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chats with the bot about one customer (readline: history, Tab completion, Ctrl-R; plain lines when piped).",
        discussion: "Commands: :user ID, :lang auto|zh|en, :why, :record, :reset, :help, :quit. See docs/chat.md.")

    @Option(help: ArgumentHelp("Start with this customer from the record store.", valueName: "id")) var user: String?
    @Option(help: "The answers' language: auto (per message), zh or en.") var lang: LangPreference = .auto
    @OptionGroup var runtime: RuntimeOptions
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let engine = try runtime.engine()
        let now = runtime.time
        let customers: SQLiteRecordStore
        do { customers = try store.open(now: now) } catch { throw CommandLineError.fail(error) }
        let record = try user.map { try CustomerOptions.customer($0, in: customers) }
        let handler = EngineChatHandler(engine: engine, store: customers, user: record, now: now, language: lang,
                                        terminal: .standardOutput())
        let texts: ChatTexts
        do { texts = try ChatTexts(knowledge: engine.knowledge) } catch { throw CommandLineError.fail(error) }
        let loop = ChatLoop(editor: LineEditors.standardInput(), output: StandardStreamSink.standardOutput, handler: handler,
                            texts: texts, language: LanguageSetting(rawValue: lang.rawValue) ?? .auto)
        await loop.run()
    }
}
