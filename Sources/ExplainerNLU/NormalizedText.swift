/// A message after normalisation: what the matcher and follow-up detector read.
public struct NormalizedText: Sendable, Equatable {
    /// Scalar values after all rewriting; amounts and numbers are private-use placeholders.
    let units: [UInt32]
    /// The detected language (before synonym rewriting).
    public let language: Language
    /// The amounts of money found, in order of appearance.
    public let amounts: [Amount]

    init(units: [UInt32], language: Language, amounts: [Amount]) {
        self.units = units
        self.language = language
        self.amounts = amounts
    }

    /// The normalised text with `<amount>` and `<number>` for the placeholders.
    public var text: String { Self.render(units) }

    static func render(_ units: [UInt32]) -> String {
        var s = String.UnicodeScalarView()
        for u in units {
            switch u {
            case ScalarClass.amountPlaceholder: s.append(contentsOf: "<amount>".unicodeScalars)
            case ScalarClass.numberPlaceholder: s.append(contentsOf: "<number>".unicodeScalars)
            default: if let scalar = Unicode.Scalar(u) { s.append(scalar) }
            }
        }
        return String(s)
    }
}
