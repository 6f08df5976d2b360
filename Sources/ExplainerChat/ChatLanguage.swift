/// The language a chat reply is written in; it picks the prompt (`you> ` or `你> `).
public enum ChatLanguage: String, Sendable, Hashable, CaseIterable {
    /// Simplified Chinese.
    case zh
    /// English.
    case en
}
