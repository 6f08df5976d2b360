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
