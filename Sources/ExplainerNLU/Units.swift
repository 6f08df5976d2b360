/// Currency units that make a number an amount of money.
enum Units {
    static let chinese: [[UInt32]] = ["块钱", "元钱", "元", "块", "圆"].map { $0.unicodeScalars.map(\.value) }
    static let latin: [[UInt32]] = ["yuan", "rmb", "cny", "kuai", "bucks", "buck"].map { $0.unicodeScalars.map(\.value) }

    /// The end of a unit at `i` (Chinese or a whole Latin word), if there is one.
    static func match(_ s: [UInt32], at i: Int) -> Int? {
        if let end = matchChinese(s, at: i) { return end }
        for unit in latin where hasPrefix(s, i, unit) {
            let end = i + unit.count
            if end == s.count || !ScalarClass.isLatinWordScalar(s[end]) { return end }
        }
        return nil
    }

    static func matchChinese(_ s: [UInt32], at i: Int) -> Int? {
        for unit in chinese where hasPrefix(s, i, unit) { return i + unit.count }
        return nil
    }

    static func hasPrefix(_ s: [UInt32], _ i: Int, _ p: [UInt32]) -> Bool {
        guard i + p.count <= s.count else { return false }
        for k in 0..<p.count where s[i + k] != p[k] { return false }
        return true
    }
}
