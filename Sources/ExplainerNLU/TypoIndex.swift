/// Corrects one-letter typos of English synonym variants (`borow` → `borrow`,
/// `dibursement` → `disbursement`), so a misspelt word still reaches its canonical token.
///
/// Without it, a synonym rewrites `borrow` to `借款` in every training example, and the
/// misspelling `borow` shares nothing with it (its character trigrams have nothing to
/// meet). The index holds every single-word Latin variant of at least
/// ``minimumVariantLength`` letters and its one-letter deletions (symmetric-delete
/// lookup); a word of at least ``minimumWordLength`` letters that is not a known word
/// (in any example or variant) and is one edit (a letter left out, a letter added, or
/// two neighbours swapped) from exactly one canonical token is rewritten to it. A changed
/// letter is not corrected: it too often makes another real word (`repair`, `sending`).
struct TypoIndex: Sendable {
    static let minimumVariantLength = 6
    static let minimumWordLength = 5

    /// Deletion key → the variants it comes from and their canonical token; nil marks a
    /// key shared by two canonical tokens.
    private var keys: [[UInt32]: (variants: [[UInt32]], canonical: [UInt32])?] = [:]
    /// Words that are never corrected: they occur in the examples or the variants as written.
    private var known: Set<[UInt32]> = []

    init(variants: [String: String], knownWords: Set<String>) {
        for (variant, canonical) in variants {
            let v = Array(variant.unicodeScalars.map(\.value))
            for word in Self.words(v) { known.insert(word) }
            guard v.count >= Self.minimumVariantLength, v.allSatisfy(ScalarClass.isASCIILetter) else { continue }
            let canonical = Array(canonical.unicodeScalars.map(\.value))
            for key in Self.deletions(v) + [v] { add(key, variant: v, canonical: canonical) }
        }
        for word in knownWords { known.insert(Array(word.unicodeScalars.map(\.value))) }
    }

    var isEmpty: Bool { keys.isEmpty }

    private mutating func add(_ key: [UInt32], variant: [UInt32], canonical: [UInt32]) {
        guard let existing = keys[key] else {
            keys[key] = (variants: [variant], canonical: canonical)
            return
        }
        guard let e = existing, e.canonical == canonical else {
            keys[key] = .some(nil)
            return
        }
        keys[key] = (variants: e.variants + [variant], canonical: canonical)
    }

    /// The canonical token `word` is a one-edit typo of, if exactly one fits.
    func correct(_ word: ArraySlice<UInt32>) -> [UInt32]? {
        guard word.count >= Self.minimumWordLength, word.allSatisfy(ScalarClass.isASCIILetter) else { return nil }
        let w = Array(word)
        guard !known.contains(w) else { return nil }
        var found: [UInt32]?
        for key in [w] + Self.deletions(w) {
            guard let hit = keys[key] else { continue }
            guard let target = hit, target.variants.contains(where: { Self.isOneEdit(w, $0) }) else {
                if hit == nil { return nil }
                continue
            }
            if let f = found, f != target.canonical { return nil }
            found = target.canonical
        }
        return found
    }

    /// `w` with each one of its letters left out.
    static func deletions(_ w: [UInt32]) -> [[UInt32]] {
        (0..<w.count).map { i in Array(w[..<i] + w[(i + 1)...]) }
    }

    /// Latin words of a normalised text.
    static func words(_ units: [UInt32]) -> [[UInt32]] {
        units.split { !ScalarClass.isLatinWordScalar($0) }.map(Array.init)
    }

    /// True when `a` and `b` differ by one inserted or deleted letter, or one swap of neighbours.
    static func isOneEdit(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        if a == b { return false }
        if a.count == b.count {
            let diff = a.indices.filter { a[$0] != b[$0] }
            return diff.count == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count && long[i] == short[i] { i += 1 }
        return long[(i + 1)...].elementsEqual(short[i...])
    }
}
