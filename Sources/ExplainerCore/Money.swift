/// An amount of Chinese yuan, held as whole fen (cents) so sums are exact.
///
/// Records carry amounts as JSON numbers of yuan (`1200`, `1200.5`); `Money(yuan:)`
/// rounds them to the nearest fen.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }
    public init(yuan: Double) { self.fen = Int64((yuan * 100).rounded()) }
    public init(yuan: Int) { self.fen = Int64(yuan) * 100 }

    public static let zero = Money(fen: 0)
    public var yuan: Double { Double(fen) / 100 }
    public var isPositive: Bool { fen > 0 }

    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }
    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }
    public static func += (a: inout Money, b: Money) { a.fen += b.fen }
    public static func -= (a: inout Money, b: Money) { a.fen -= b.fen }
    public static func * (a: Money, k: Int) -> Money { Money(fen: a.fen * Int64(k)) }

    /// `¥1,200` or `¥1,200.50`: the form every customer-facing text uses.
    public var description: String {
        let negative = fen < 0
        let absFen = negative ? -fen : fen
        let whole = absFen / 100, cents = absFen % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let fraction = cents == 0 ? "" : "." + (cents < 10 ? "0" : "") + String(cents)
        return (negative ? "-¥" : "¥") + grouped + fraction
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let v = try c.decode(Double.self)
        guard v.isFinite, abs(v) < 1e13 else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "\(v) is not a usable amount")
        }
        self.init(yuan: v)
    }

    public func encode(to encoder: Encoder) throws {
        try json.encode(to: encoder)
    }
}
