import Foundation

/// Turns a customer's message into the canonical form the matcher reads.
///
/// In order: Unicode compatibility folding (NFKC: full-width `ＡＢＣ１２３` becomes
/// `abc123`), lowercasing, traditional → simplified (the ``CharacterTable``), amounts
/// replaced by `<amount>` (and bare numbers by `<number>`), punctuation, symbols and
/// emoji dropped, spaces collapsed; then the language is detected and synonym variants
/// rewritten to their canonical token (``SynonymTable``).
///
///     let n = Normalizer(traditional: table, synonyms: synonyms)
///     n.normalize("我的借唄額度只有¥1！😭").text   // "我的借呗额度只有<amount>"
public struct Normalizer: Sendable {
    /// Traditional → simplified folding.
    public let traditional: CharacterTable
    /// Variant → canonical token rewriting.
    public let synonyms: SynonymTable

    public init(traditional: CharacterTable = .empty, synonyms: SynonymTable = .empty) {
        self.traditional = traditional
        self.synonyms = synonyms
    }

    /// Normalises `text`; `fallback` is the language given to a message with no letters.
    public func normalize(_ text: String, fallback: Language = .zh) -> NormalizedText {
        let (units, amounts) = surfaceUnits(text)
        let language = LanguageDetector.detect(units: units, fallback: fallback)
        return NormalizedText(units: synonyms.canonicalize(units), language: language, amounts: amounts)
    }

    /// The form before synonym rewriting: folded, lowercased, amounts replaced,
    /// punctuation dropped. Used for language detection and to normalise synonym variants.
    func surfaceUnits(_ text: String) -> ([UInt32], [Amount]) {
        AmountScanner.scan(fold(text))
    }

    /// Compatibility folding, lowercasing and traditional → simplified, keeping punctuation.
    func fold(_ text: String) -> [UInt32] {
        let source = Self.needsCompatibilityMapping(text) ? text.precomposedStringWithCompatibilityMapping : text
        var out: [UInt32] = []
        out.reserveCapacity(source.unicodeScalars.count)
        for scalar in source.unicodeScalars {
            var u = scalar.value
            if u >= 0xFF01 && u <= 0xFF5E { u -= 0xFEE0 }  // full-width ASCII
            else if u == 0x3000 { u = 0x20 }              // ideographic space
            else if u == 0xFFE5 { u = 0xA5 }              // full-width yen
            if u < 0x80 {
                if u >= 0x41 && u <= 0x5A { u += 0x20 }
                out.append(u)
            } else if ScalarClass.isHan(u) {
                out.append(traditional.fold(u))
            } else if scalar.properties.isUppercase || scalar.properties.changesWhenLowercased {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars.map(\.value))
            } else {
                out.append(u)
            }
        }
        return out
    }

    /// True when `text` holds a scalar that NFKC might change and the fast path does not
    /// handle (ASCII, Han, CJK punctuation, full-width ASCII and emoji are handled).
    static func needsCompatibilityMapping(_ text: String) -> Bool {
        for s in text.unicodeScalars {
            let u = s.value
            if u < 0x80 || (0x4E00...0x9FFF).contains(u) || (0x3000...0x303F).contains(u)
                || (0xFF01...0xFF5E).contains(u) || u == 0xFFE5 || u == 0xA5
                || (0x1F000...0x1FAFF).contains(u) || (0x2600...0x27BF).contains(u)
                || u == 0xFE0F || u == 0x200D || (0x2010...0x2027).contains(u) {
                continue
            }
            return true
        }
        return false
    }
}
