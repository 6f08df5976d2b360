/// The two languages the product answers in.
///
/// Detected per message by ``LanguageDetector``; a reply is written in the language of
/// the message it answers.
public enum Language: String, Sendable, Codable, CaseIterable, Comparable {
    /// Simplified Chinese.
    case zh
    /// English.
    case en

    public static func < (a: Language, b: Language) -> Bool { a.rawValue < b.rawValue }
}
