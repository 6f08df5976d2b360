/// What `:lang` (and `explainer chat --lang`) asks for: detect per message, or always one language.
///
/// ```
/// :lang auto    // answer in the language of each message
/// :lang zh      // always answer in Simplified Chinese
/// ```
/// Any other value is refused with: `':lang' takes auto, zh or en, not 'fr'.`
public enum LanguageSetting: String, Sendable, Hashable, CaseIterable {
    /// Detect the language of each message.
    case auto
    /// Always Simplified Chinese.
    case zh
    /// Always English.
    case en

    /// The fixed language, or nil for `auto`.
    public var fixedLanguage: ChatLanguage? {
        switch self {
        case .auto: nil
        case .zh: .zh
        case .en: .en
        }
    }
}
