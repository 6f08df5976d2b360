/// Fast classification of Unicode scalar values, used on the matching hot path.
enum ScalarClass {
    /// Private-use scalar standing for an extracted amount of money.
    static let amountPlaceholder: UInt32 = 0xE000
    /// Private-use scalar standing for a bare number (days, counts, scores).
    static let numberPlaceholder: UInt32 = 0xE001
    static let space: UInt32 = 0x20

    static func isHan(_ u: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(u) || (0x3400...0x4DBF).contains(u)
            || (0x20000...0x3134F).contains(u) || u == 0x3007 || (0xF900...0xFAFF).contains(u)
    }

    static func isPlaceholder(_ u: UInt32) -> Bool {
        u == amountPlaceholder || u == numberPlaceholder
    }

    /// Han characters and placeholders: the members of a Chinese n-gram run.
    static func isHanLike(_ u: UInt32) -> Bool { isHan(u) || isPlaceholder(u) }

    static func isASCIIDigit(_ u: UInt32) -> Bool { u >= 0x30 && u <= 0x39 }
    static func isASCIILetter(_ u: UInt32) -> Bool { (u >= 0x61 && u <= 0x7A) || (u >= 0x41 && u <= 0x5A) }

    /// Latin (and other alphabetic, non-Han) letters.
    static func isLatinLetter(_ u: UInt32) -> Bool {
        if u < 0x80 { return isASCIILetter(u) }
        if isHan(u) || isPlaceholder(u) { return false }
        guard u >= 0xC0, let s = Unicode.Scalar(u) else { return false }
        return s.properties.isAlphabetic
    }

    /// Scalars that belong to a word: letters, digits, Han, placeholders.
    static func isWordScalar(_ u: UInt32) -> Bool {
        if u < 0x80 { return isASCIILetter(u) || isASCIIDigit(u) }
        if isHan(u) || isPlaceholder(u) { return true }
        guard let s = Unicode.Scalar(u) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil && s.properties.generalCategory == .decimalNumber
    }

    /// Latin letters and ASCII digits: the scalars of an English word.
    static func isLatinWordScalar(_ u: UInt32) -> Bool { isASCIIDigit(u) || isLatinLetter(u) }
}
