/// The chat's read–reply loop: prompt, read a line, hand it to the ``ChatHandler``, print the reply.
///
/// The loop owns the prompt (`you> `, or `你> ` once the conversation is in Chinese), the
/// greeting, `:help`, `:quit` and leaving at end of input; the handler owns the conversation.
///
/// ```swift
/// let editor = LineEditors.standardInput()
/// let loop = ChatLoop(editor: editor, output: StandardStreamSink.standardOutput, handler: handler)
/// await loop.run()      // returns after :quit or Ctrl-D; history is saved
/// ```
///
/// Output: the greeting, then each reply, each followed by one blank line, then `Goodbye.`
/// (or `再见。`). Input errors (`:foo`) and handler errors print as one-line replies.
public final class ChatLoop<Handler: ChatHandler> {
    let editor: any LineEditor
    let output: any TextSink
    let handler: Handler
    /// The language of the prompt, help, input errors and goodbye.
    public internal(set) var language: ChatLanguage
    /// `auto`: the language follows the replies; otherwise it stays as set.
    public internal(set) var languageSetting: LanguageSetting

    /// - Parameter language: from `--lang`; `auto` starts in English and follows the replies.
    public init(editor: any LineEditor, output: any TextSink, handler: Handler, language: LanguageSetting = .auto) {
        self.editor = editor
        self.output = output
        self.handler = handler
        self.language = language.fixedLanguage ?? .en
        self.languageSetting = language
    }

    /// The prompt for the current language.
    public var prompt: String {
        language == .zh ? "你> " : "you> "
    }

    /// Runs until `:quit` or end of input, then prints the goodbye and closes the editor.
    public func run() async {
        print(await handler.greeting())
        await refreshCompletion()
        while let line = editor.readLine(prompt: prompt) {
            guard await handle(line) else { break }
        }
        output.write(language == .zh ? "再见。\n" : "Goodbye.\n")
        editor.close()
    }

    /// Handles one line; false when the chat should end.
    func handle(_ line: String) async -> Bool {
        let input: ChatInput
        do {
            input = try ChatInput(parsing: line)
        } catch {
            print(ChatReply(error.message(in: language)))
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
