/// An amount of money found in a customer's message, in yuan.
///
/// `¥5,000`, `5000元`, `5千`, `5k`, `五千`, `1块` and `一元` are all amounts; the
/// normaliser replaces each with the `<amount>` token so the matcher reads "only
/// <amount> available" the same whatever the figure.
public struct Amount: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The value in yuan (`5000.0` for `五千`).
    public let yuan: Double
    /// The text as the customer wrote it, after width folding (`5,000元`).
    public let text: String

    public init(yuan: Double, text: String) {
        self.yuan = yuan
        self.text = text
    }

    /// The value in whole fen (hundredths of a yuan), rounded.
    public var fen: Int64 { Int64((yuan * 100).rounded()) }

    public var description: String { "\(text) = ¥\(yuan)" }
}
