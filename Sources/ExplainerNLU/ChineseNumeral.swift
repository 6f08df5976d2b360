/// Chinese numerals (`五千`, `一元`, `两万`, `三百块`) read as amounts.
enum ChineseNumeral {
    static func digit(_ u: UInt32) -> Int? {
        switch u {
        case 0x96F6, 0x3007: return 0   // 零 〇
        case 0x4E00: return 1           // 一
        case 0x4E8C, 0x4E24: return 2   // 二 两
        case 0x4E09: return 3
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D: return 6
        case 0x4E03: return 7
        case 0x516B: return 8
        case 0x4E5D: return 9
        default: return nil
        }
    }

    static func unit(_ u: UInt32) -> Int? {
        switch u {
        case 0x5341: return 10        // 十
        case 0x767E: return 100       // 百
        case 0x5343: return 1_000     // 千
        case 0x4E07: return 10_000    // 万
        default: return nil
        }
    }

    static func isNumeral(_ u: UInt32) -> Bool { digit(u) != nil || u == 0x5341 }

    /// Reads a numeral run at `start`; nil when it is an ordinary word (`一直`, `十分`).
    static func amount(_ s: [UInt32], from start: Int) -> AmountScanner.Match? {
        var i = start
        while i < s.count, digit(s[i]) != nil || unit(s[i]) != nil { i += 1 }
        let run = s[start..<i]
        let startsWithDigit = digit(s[start]) != nil
        let hasMultiplier = run.contains { (unit($0) ?? 0) >= 100 }
        let value = Double(evaluate(run))
        if let unitEnd = Units.matchChinese(s, at: i) {
            return AmountScanner.Match(value: value, end: unitEnd, isAmount: true)
        }
        if startsWithDigit && hasMultiplier {
            let isPoints = i < s.count && s[i] == 0x5206  // 分: a score, not money
            return AmountScanner.Match(value: value, end: i, isAmount: !isPoints)
        }
        return nil
    }

    static func evaluate(_ run: ArraySlice<UInt32>) -> Int {
        var total = 0, section = 0, number = 0
        for u in run {
            if let d = digit(u) {
                number = d
            } else if let m = unit(u) {
                if m == 10_000 {
                    total += (section + number) * m
                    section = 0
                } else {
                    section += (number == 0 && m == 10 ? 1 : number) * m
                }
                number = 0
            }
        }
        return total + section + number
    }
}
