/// The chat's own sentences in both languages: the prompt, the goodbye, `:help` and the errors
/// for a mistyped command.
///
/// Every one is an answer in knowledge/answers.yaml under `chat.` — `chat.prompt`,
/// `chat.goodbye`, `chat.help.heading`, `chat.help.keys`, `chat.command.<name>` and
/// `chat.input.<problem>` — declared with its placeholders in `AnswerCatalog.required`, so
/// `explainer check` refuses knowledge that lacks one. ``ChatLoop`` takes them as a value at
/// `init` and never reads a file; build them once from the knowledge the program loaded:
///
/// ```swift
/// let texts = try ChatTexts(knowledge: engine.knowledge)
/// let loop = ChatLoop(editor: LineEditors.standardInput(), output: StandardStreamSink.standardOutput,
///                     handler: handler, texts: texts)
/// texts[.zh].prompt   // "你> "
/// ```
/// Command syntax (`:user ID`, `:lang auto|zh|en`) is not a sentence: it stays in
/// ``ChatCommand/Name/usage`` and is filled into the texts.
public struct ChatTexts: Sendable {
    /// The sentences in Simplified Chinese.
    public let zh: Language
    /// The sentences in English.
    public let en: Language

    /// The sentences in `language`.
    public subscript(_ language: ChatLanguage) -> Language {
        language == .zh ? zh : en
    }
}
