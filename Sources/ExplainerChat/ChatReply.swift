/// What the chat prints after one input: the text, and the language it is written in.
///
/// While the language setting is `auto`, the reply's language (when known) picks the next
/// prompt: `你> ` after a Chinese reply, `you> ` after an English one; nil leaves it as it was.
public struct ChatReply: Sendable, Hashable {
    /// The reply, ready to print (styled with ``Terminal`` if wanted); a final newline is added if missing.
    public var text: String
    /// The language of `text`, or nil when it has none (e.g. a bare record dump).
    public var language: ChatLanguage?

    public init(_ text: String, language: ChatLanguage? = nil) {
        self.text = text
        self.language = language
    }
}
