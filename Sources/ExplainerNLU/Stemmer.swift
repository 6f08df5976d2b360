/// A light English stemmer: enough to make `borrowing`, `borrowed` and `borrows` one
/// feature, without a dictionary.
enum Stemmer {
    static func stem(_ w: ArraySlice<UInt32>) -> ArraySlice<UInt32> {
        let n = w.count
        guard n > 3, w.allSatisfy(ScalarClass.isASCIILetter) else { return w }
        if ends(w, "ies") || ends(w, "ied") { return w.dropLast(3) + [0x79] }  // y
        if ends(w, "ing") && n >= 6 { return undouble(w.dropLast(3)) }
        if ends(w, "ed") && n >= 5 { return undouble(w.dropLast(2)) }
        if ends(w, "sses") || ends(w, "xes") || ends(w, "ches") || ends(w, "shes") { return w.dropLast(2) }
        if ends(w, "s") && !ends(w, "ss") && !ends(w, "us") && !ends(w, "is") { return w.dropLast(1) }
        if ends(w, "ly") && n >= 6 { return w.dropLast(2) }
        return w
    }

    static func ends(_ w: ArraySlice<UInt32>, _ suffix: StaticString) -> Bool {
        suffix.withUTF8Buffer { buf in
            guard w.count >= buf.count else { return false }
            var k = w.endIndex - buf.count
            for b in buf {
                if w[k] != UInt32(b) { return false }
                k += 1
            }
            return true
        }
    }

    /// `stopp` → `stop`, `gett` → `get`; keeps `ll`, `ss`, `zz`.
    static func undouble(_ w: ArraySlice<UInt32>) -> ArraySlice<UInt32> {
        guard w.count >= 3, let last = w.last else { return w }
        let prev = w[w.endIndex - 2]
        if last == prev && last != 0x6C && last != 0x73 && last != 0x7A { return w.dropLast() }
        return w
    }
}
