/// Turns normalised text into hashed features, Chinese and English in one space.
///
/// No word segmenter: a run of Han characters (and `<amount>`/`<number>`
/// placeholders) gives its character n-grams (sizes from `_matcher.yaml`, 1–3 by
/// default); an English word gives its stem, and optionally its character trigrams
/// (so a typo still shares most of its features); neighbouring items (words, and Han
/// runs taken whole) give word bigrams. Every feature is a 64-bit hash tagged by its
/// family, so there is no string work on the hot path.
struct FeatureExtractor: Sendable {
    enum Family: UInt64, CaseIterable {
        case han = 1, word = 2, latinChars = 3, wordPair = 4, domain = 5, hanUnigram = 6

        /// Unigrams (single Han characters, English stems) are what the unknown-word share counts.
        var isUnigram: Bool { self == .hanUnigram || self == .word }
    }

    let hanSizes: [Int]
    let wordBigrams: Bool
    let latinCharSize: Int
    let domainTerms: DomainTerms

    /// The hash of the feature a message without any domain term gets.
    static let noDomain = Hash.of("no_domain".unicodeScalars.map(\.value), seed: Family.domain.rawValue)

    init(configuration c: MatcherConfiguration) {
        hanSizes = c.hanNgrams
        wordBigrams = c.wordBigrams
        latinCharSize = c.latinCharNgram
        domainTerms = DomainTerms(terms: c.domainTerms)
    }

    /// Appends `(family, hash)` for every feature of `units` to `into`.
    func features(_ units: [UInt32], into out: inout [(Family, UInt64)]) {
        if !domainTerms.isEmpty && !domainTerms.occurs(in: units) { out.append((.domain, Self.noDomain)) }
        var previousItem: (hash: UInt64, isWord: Bool)?
        var i = 0
        let n = units.count
        while i < n {
            let u = units[i]
            if ScalarClass.isHanLike(u) {
                var j = i
                var run: [UInt32] = []
                while j < n, ScalarClass.isHanLike(units[j]) || (units[j] == ScalarClass.space && j + 1 < n && ScalarClass.isHanLike(units[j + 1])) {
                    if units[j] != ScalarClass.space { run.append(units[j]) }
                    j += 1
                }
                hanGrams(run, into: &out)
                let h = Hash.of(run[...], seed: Family.wordPair.rawValue)
                if wordBigrams, let p = previousItem, p.isWord { out.append((.wordPair, Hash.pair(p.hash, h))) }
                previousItem = (h, false)
                i = j
            } else if ScalarClass.isLatinWordScalar(u) {
                var j = i
                while j < n, ScalarClass.isLatinWordScalar(units[j]) { j += 1 }
                let word = units[i..<j]
                let stem = Stemmer.stem(word)
                let h = Hash.of(stem, seed: Family.word.rawValue)
                out.append((.word, h))
                if latinCharSize > 0 { latinGrams(word, into: &out) }
                if wordBigrams, let p = previousItem { out.append((.wordPair, Hash.pair(p.hash, h))) }
                previousItem = (h, true)
                i = j
            } else {
                i += 1
            }
        }
    }

    private func hanGrams(_ run: [UInt32], into out: inout [(Family, UInt64)]) {
        for size in hanSizes where size <= run.count {
            let family: Family = size == 1 ? .hanUnigram : .han
            for start in 0...(run.count - size) {
                out.append((family, Hash.of(run[start..<(start + size)], seed: family.rawValue)))
            }
        }
    }

    private func latinGrams(_ word: ArraySlice<UInt32>, into out: inout [(Family, UInt64)]) {
        guard word.count >= latinCharSize, word.count > 2 else { return }
        var padded: [UInt32] = [0x5E]
        padded.append(contentsOf: word)
        padded.append(0x24)
        for start in 0...(padded.count - latinCharSize) {
            out.append((.latinChars, Hash.of(padded[start..<(start + latinCharSize)], seed: Family.latinChars.rawValue)))
        }
    }
}

/// FNV-1a hashing of scalar values, with a family seed.
enum Hash {
    static func of<C: Collection>(_ units: C, seed: UInt64) -> UInt64 where C.Element == UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ (seed &* 0x9E37_79B9_7F4A_7C15)
        for u in units {
            h = (h ^ UInt64(u)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = a &* 0x9E37_79B9_7F4A_7C15
        h ^= b &+ 0x7F4A_7C15 &+ (h << 6) &+ (h >> 2)
        return (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
    }
}
