/// A one-to-one character mapping, used to fold traditional characters to simplified.
///
/// Loaded from `intents/_traditional.yaml` (`唄: 呗` per line) so maintainers can add
/// a character a customer typed without touching Swift.
public struct CharacterTable: Sendable, Equatable {
    let map: [UInt32: UInt32]

    /// An empty table: folds nothing.
    public static let empty = CharacterTable(map: [:])

    init(map: [UInt32: UInt32]) { self.map = map }

    /// Builds a table from single-character pairs (`["唄": "呗"]`).
    public init(pairs: [Character: Character]) {
        var map: [UInt32: UInt32] = [:]
        for (from, to) in pairs {
            if let f = from.unicodeScalars.first, let t = to.unicodeScalars.first {
                map[f.value] = t.value
            }
        }
        self.map = map
    }

    /// How many characters the table folds.
    public var count: Int { map.count }

    @inline(__always)
    func fold(_ u: UInt32) -> UInt32 { map[u] ?? u }
}
