/// Finds amounts of money and numbers in folded text, and drops everything that is
/// not part of a word.
///
/// Amounts: `¥5,000`, `5000元`, `5千`, `1.5万`, `5k`, `2w`, `300块钱`, `五千`,
/// `一元`, `两千块`. A digit string with none of a currency sign, a unit or a
/// multiplier is a bare number (`30天`, `600分`). A run of Chinese numerals counts
/// only with a unit after it or when it starts with a digit and holds a multiplier
/// (`五千`), so `一直`, `一下` and `十分` stay words.
enum AmountScanner {
    static let yen: UInt32 = 0xA5

    static func scan(_ s: [UInt32]) -> ([UInt32], [Amount]) {
        var out: [UInt32] = []
        out.reserveCapacity(s.count)
        var amounts: [Amount] = []
        var i = 0
        func emitSpace() {
            if let last = out.last, last != ScalarClass.space { out.append(ScalarClass.space) }
        }
        func emit(_ u: UInt32) {
            if ScalarClass.isPlaceholder(u) { emitSpace() }
            out.append(u)
        }
        while i < s.count {
            let u = s[i]
            let inWord = out.last.map(ScalarClass.isLatinWordScalar) ?? false
            if u == yen, let m = digitAmount(s, from: skipSpaces(s, i + 1), yen: true) {
                amounts.append(Amount(yuan: m.value, text: text(s, i, m.end)))
                emit(ScalarClass.amountPlaceholder); emitSpace()
                i = m.end
            } else if ScalarClass.isASCIIDigit(u) && !inWord, let m = digitAmount(s, from: i, yen: false) {
                if m.isAmount { amounts.append(Amount(yuan: m.value, text: text(s, i, m.end))) }
                emit(m.isAmount ? ScalarClass.amountPlaceholder : ScalarClass.numberPlaceholder); emitSpace()
                i = m.end
            } else if ChineseNumeral.isNumeral(u), let m = ChineseNumeral.amount(s, from: i) {
                if m.isAmount { amounts.append(Amount(yuan: m.value, text: text(s, i, m.end))) }
                emit(m.isAmount ? ScalarClass.amountPlaceholder : ScalarClass.numberPlaceholder); emitSpace()
                i = m.end
            } else if u == 0x27 || u == 0x2019 {
                i += 1  // apostrophes join: can't → cant
            } else if ScalarClass.isWordScalar(u) {
                if ScalarClass.isLatinWordScalar(u), let last = out.last, ScalarClass.isPlaceholder(last) { emitSpace() }
                emit(u)
                i += 1
            } else {
                emitSpace()
                i += 1
            }
        }
        while out.last == ScalarClass.space { out.removeLast() }
        return (out, amounts)
    }

    struct Match { var value: Double; var end: Int; var isAmount: Bool }

    static func skipSpaces(_ s: [UInt32], _ i: Int) -> Int {
        var j = i
        while j < s.count && s[j] == ScalarClass.space { j += 1 }
        return j
    }

    static func text(_ s: [UInt32], _ from: Int, _ to: Int) -> String {
        var v = String.UnicodeScalarView()
        for u in s[from..<to] { if let c = Unicode.Scalar(u) { v.append(c) } }
        return String(v)
    }

    /// A digit string (with `,` thousands groups and a `.` fraction) and what follows it.
    static func digitAmount(_ s: [UInt32], from start: Int, yen: Bool) -> Match? {
        guard start < s.count, ScalarClass.isASCIIDigit(s[start]) else { return nil }
        var value = 0.0
        var i = start
        while i < s.count {
            let u = s[i]
            if ScalarClass.isASCIIDigit(u) {
                value = value * 10 + Double(u - 0x30)
                i += 1
            } else if u == 0x2C, isThousandsGroup(s, i + 1) {
                i += 1
            } else {
                break
            }
        }
        if i + 1 < s.count, s[i] == 0x2E, ScalarClass.isASCIIDigit(s[i + 1]) {
            var scale = 0.1
            i += 1
            while i < s.count, ScalarClass.isASCIIDigit(s[i]) {
                value += Double(s[i] - 0x30) * scale
                scale /= 10
                i += 1
            }
        }
        return suffix(s, value: value, end: i, yen: yen)
    }

    static func isThousandsGroup(_ s: [UInt32], _ i: Int) -> Bool {
        guard i + 2 < s.count else { return false }
        let three = ScalarClass.isASCIIDigit(s[i]) && ScalarClass.isASCIIDigit(s[i + 1]) && ScalarClass.isASCIIDigit(s[i + 2])
        return three && (i + 3 == s.count || !ScalarClass.isASCIIDigit(s[i + 3]))
    }

    /// Reads an optional multiplier (千 万 百 k w) and unit (元 块 块钱 rmb yuan…).
    static func suffix(_ s: [UInt32], value: Double, end: Int, yen: Bool) -> Match {
        var v = value, i = skipSpacesOne(s, end), hasMultiplier = false
        if i < s.count, let m = multiplier(s, at: i) {
            v *= m.factor; i = m.end; hasMultiplier = true
        }
        let unitStart = skipSpacesOne(s, i)
        if let unitEnd = Units.match(s, at: unitStart) {
            return Match(value: v, end: unitEnd, isAmount: true)
        }
        if hasMultiplier || yen { return Match(value: v, end: i, isAmount: true) }
        return Match(value: v, end: end, isAmount: false)
    }

    static func skipSpacesOne(_ s: [UInt32], _ i: Int) -> Int {
        i < s.count && s[i] == ScalarClass.space ? i + 1 : i
    }

    static func multiplier(_ s: [UInt32], at i: Int) -> (factor: Double, end: Int)? {
        switch s[i] {
        case 0x767E: return (100, i + 1)          // 百
        case 0x5343: return (1_000, i + 1)        // 千
        case 0x4E07: return (10_000, i + 1)       // 万
        case 0x6B, 0x77:                          // k, w (not the start of a word)
            let next = i + 1
            if next < s.count && ScalarClass.isLatinWordScalar(s[next]) { return nil }
            return (s[i] == 0x6B ? 1_000 : 10_000, next)
        default: return nil
        }
    }
}
