/// Decides whether a message is Chinese or English, allowing mixed input.
///
/// The rule: count Han characters and Latin letters (digits, punctuation and emoji
/// count for neither). A Han character carries about as much meaning as a short
/// English word, so each weighs three letters: the message is `zh` when
/// `3 × han ≥ latin`, otherwise `en`. A message with no letters at all gets the
/// fallback (the session's last language, say).
///
///     LanguageDetector.detect("我的 limit 为什么变少了")   // .zh (7 Han vs 5 letters)
///     LanguageDetector.detect("why is my 借呗 limit so low") // .en (2 Han vs 19 letters)
public enum LanguageDetector {
    /// How many Latin letters one Han character outweighs.
    public static let hanWeight = 3

    /// The language of `text`; `fallback` when it holds no letters.
    public static func detect(_ text: String, fallback: Language = .zh) -> Language {
        detect(units: text.unicodeScalars.map(\.value), fallback: fallback)
    }

    static func detect(units: [UInt32], fallback: Language) -> Language {
        var han = 0, latin = 0
        for u in units {
            if ScalarClass.isHan(u) {
                han += 1
            } else if ScalarClass.isLatinLetter(u) {
                latin += 1
            }
        }
        if han == 0 && latin == 0 { return fallback }
        return hanWeight * han >= latin ? .zh : .en
    }
}
