#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// The text without white space at either end (Unicode White_Space: spaces, tabs,
    /// newlines, U+3000 ideographic space…) — what Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without its NSString round
    /// trip, which showed in the socket server's profile (it runs on every question).
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension String {
    /// Whether `other` occurs in this string, compared as UTF-8 bytes (no grapheme breaking,
    /// which makes `contains(_:)` slow on long Chinese text). The same answer for text in one
    /// normalisation form, as our rendered sentences are.
    public func containsBytes(of other: String) -> Bool {
        var haystack = self, needle = other
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard n.count <= h.count else { return false }
                let first = n[0]
                var i = 0
                while i <= h.count - n.count {
                    if h[i] == first && memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
