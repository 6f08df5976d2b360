/// "Did you mean …?" for misspelt keys and codes.
enum Suggestion {
    /// The candidate closest to `word` by edit distance, when it is close enough to be a typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(word.lowercased(), candidate.lowercased())
            if d <= limit, d < (best?.1 ?? .max) { best = (candidate, d) }
        }
        return best?.0 ?? sameFirstWord(as: word, in: candidates)
    }

    /// The only candidate sharing `word`'s first `_`-separated word (`REPAYMENT_PENDING` → `REPAYMENT_PROCESSING`).
    static func sameFirstWord(as word: String, in candidates: [String]) -> String? {
        guard let head = word.lowercased().split(separator: "_").first, head.count >= 4, word.contains("_") else { return nil }
        let matches = candidates.filter { $0.lowercased().split(separator: "_").first == head }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
