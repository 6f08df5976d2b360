/// Rewrites synonym variants to their canonical token, longest match first.
///
/// `借唄`, `jiebei`, `jb`, `cash loan` all become `借呗`; the canonical tokens are
/// ordinary words of the normalised text, so Chinese and English questions share
/// features. A variant that starts or ends with a Latin letter or digit matches only
/// at a word boundary (`hb` does not match inside `hbo`).
public struct SynonymTable: Sendable {
    /// A trie over scalar values; node 0 is the root.
    private var children: [[UInt32: Int32]] = [[:]]
    /// For each node, the canonical token that ends there (if any).
    private var outputs: [[UInt32]?] = [nil]
    /// variant (normalised) → canonical, for checks and display.
    public private(set) var entries: [String: String] = [:]
    /// One-letter typos of English variants, when enabled (see ``enableTypoCorrection(knownWords:)``).
    private var typos: TypoIndex?

    /// An empty table: rewrites nothing.
    public static let empty = SynonymTable()

    public init() {}

    /// How many variants the table rewrites.
    public var count: Int { entries.count }

    /// Adds `variant → canonical`; both must already be normalised (lowercase, folded).
    /// Returns the canonical token the variant already had, if it differs.
    @discardableResult
    mutating func add(variant: String, canonical: String) -> String? {
        if let old = entries[variant] { return old == canonical ? nil : old }
        if variant == canonical || variant.isEmpty { return nil }
        entries[variant] = canonical
        var node = 0
        for s in variant.unicodeScalars {
            if let next = children[node][s.value] {
                node = Int(next)
            } else {
                children.append([:])
                outputs.append(nil)
                let next = children.count - 1
                children[node][s.value] = Int32(next)
                node = next
            }
        }
        outputs[node] = canonical.unicodeScalars.map(\.value)
        return nil
    }

    /// Also rewrites one-letter typos of English variants (`borow` → the token of
    /// `borrow`); `knownWords` (the examples' own words) are never treated as typos.
    mutating func enableTypoCorrection(knownWords: Set<String>) {
        let index = TypoIndex(variants: entries, knownWords: knownWords)
        typos = index.isEmpty ? nil : index
    }

    /// The canonical token for a normalised variant, if it is one.
    public func canonical(for variant: String) -> String? { entries[variant] }

    /// Rewrites every variant in `units` to its canonical token, longest match first.
    func canonicalize(_ units: [UInt32]) -> [UInt32] {
        if entries.isEmpty { return units }
        var out: [UInt32] = []
        out.reserveCapacity(units.count + 8)
        var i = 0
        let n = units.count
        while i < n {
            if let (end, canonical) = longestMatch(units, from: i) {
                out.append(contentsOf: canonical)
                i = end
            } else if let typos, ScalarClass.isLatinWordScalar(units[i]), i == 0 || !ScalarClass.isLatinWordScalar(units[i - 1]) {
                var end = i
                while end < n, ScalarClass.isLatinWordScalar(units[end]) { end += 1 }
                out.append(contentsOf: typos.correct(units[i..<end]) ?? Array(units[i..<end]))
                i = end
            } else {
                out.append(units[i])
                i += 1
            }
        }
        return out
    }

    private func longestMatch(_ units: [UInt32], from start: Int) -> (Int, [UInt32])? {
        let startsLatin = ScalarClass.isLatinWordScalar(units[start])
        if startsLatin && start > 0 && ScalarClass.isLatinWordScalar(units[start - 1]) { return nil }
        var node = 0
        var best: (Int, [UInt32])?
        var i = start
        while i < units.count, let next = children[node][units[i]] {
            node = Int(next)
            i += 1
            if let canonical = outputs[node] {
                let endsLatin = ScalarClass.isLatinWordScalar(units[i - 1])
                let boundary = !endsLatin || i == units.count || !ScalarClass.isLatinWordScalar(units[i])
                if boundary { best = (i, canonical) }
            }
        }
        return best
    }
}
