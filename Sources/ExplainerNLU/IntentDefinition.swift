/// One example question of an intent, with where it was written.
public struct IntentExample: Sendable, Equatable {
    /// The question as written in the file.
    public let text: String
    /// The language list it was written under (`zh` or `en`).
    public let language: Language
    /// Its line in the intent file.
    public let line: Int
}

/// One intent, as read from `intents/<id>.yaml`.
///
///     id: limit_tiny
///     plugin: available
///     description: {zh: 可用额度只有1元, en: available amount is tiny}
///     examples:
///       zh: [为什么我的借呗只能借1块钱]
///       en: [why can I only borrow one yuan]
///     synonyms: {可用额度: [可借额度, 能借的钱]}   # optional
public struct IntentDefinition: Sendable, Equatable {
    /// The contract id (DESIGN §3), equal to the file name.
    public let id: String
    /// The diagnostic plugin that answers it (`smalltalk` for small talk).
    public let plugin: String
    /// What the customer is asking, per language.
    public let description: [Language: String]
    /// Every example question, zh first then en.
    public let examples: [IntentExample]
    /// The file it was read from.
    public let file: String

    /// The examples written under `language`.
    public func examples(in language: Language) -> [IntentExample] {
        examples.filter { $0.language == language }
    }
}
