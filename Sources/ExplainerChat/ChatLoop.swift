/// The chat's read–reply loop: prompt, read a line, hand it to the ``ChatHandler``, print the reply.
///
/// The loop owns the prompt (`you> `, or `你> ` once the conversation is in Chinese), the
/// greeting, `:help`, `:quit` and leaving at end of input; the handler owns the conversation.
/// Its own sentences come from knowledge/ as ``ChatTexts``, given at `init`.
///
/// ```swift
/// let editor = LineEditors.standardInput()
/// let texts = try ChatTexts(knowledge: engine.knowledge)
/// let loop = ChatLoop(editor: editor, output: StandardStreamSink.standardOutput, handler: handler, texts: texts)
/// await loop.run()      // returns after :quit or Ctrl-D; history is saved
/// ```
///
/// Output: the greeting, then each reply, each followed by one blank line, then `Goodbye.`
/// (or `再见。`: `chat.goodbye`). Input errors (`:foo`) and handler errors print as one-line replies.
public final class ChatLoop<Handler: ChatHandler> {
    let editor: any LineEditor
    let output: any TextSink
    let handler: Handler
    /// The prompt, goodbye, `:help` and input errors, in both languages.
    public let texts: ChatTexts
    /// The language of the prompt, help, input errors and goodbye.
    public internal(set) var language: ChatLanguage
    /// `auto`: the language follows the replies; otherwise it stays as set.
    public internal(set) var languageSetting: LanguageSetting

    /// - Parameters:
    ///   - texts: the chat's own sentences, from the knowledge the program loaded.
    ///   - language: from `--lang`; `auto` starts in English and follows the replies.
    public init(editor: any LineEditor, output: any TextSink, handler: Handler, texts: ChatTexts,
                language: LanguageSetting = .auto) {
        self.editor = editor
        self.output = output
        self.handler = handler
        self.texts = texts
        self.language = language.fixedLanguage ?? .en
        self.languageSetting = language
    }

    /// The prompt for the current language (`chat.prompt`).
    public var prompt: String {
        texts[language].prompt
    }

    /// Runs until `:quit` or end of input, then prints the goodbye and closes the editor.
    public func run() async {
        print(await handler.greeting())
        await refreshCompletion()
        while let line = editor.readLine(prompt: prompt) {
            guard await handle(line) else { break }
        }
        output.write(texts[language].goodbye + "\n")
        editor.close()
    }

    /// Handles one line; false when the chat should end.
    func handle(_ line: String) async -> Bool {
        let input: ChatInput
        do {
            input = try ChatInput(parsing: line)
        } catch {
            print(ChatReply(texts[language].message(for: error)))
            return true
        }
        return await handle(input)
    }

    /// Writes a reply followed by a blank line, and follows its language unless one is set.
    func print(_ reply: ChatReply) {
        if languageSetting == .auto, let replyLanguage = reply.language { language = replyLanguage }
        let text = reply.text.hasSuffix("\n") ? reply.text : reply.text + "\n"
        output.write(text + "\n")
    }

    func refreshCompletion() async {
        editor.setCompletionUserIDs(await handler.completionUserIDs())
    }
}
