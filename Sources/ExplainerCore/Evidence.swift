import Foundation

/// One machine value a finding rests on, with the record field it came from.
///
/// `key` is the placeholder name knowledge/ templates use (`{amount}`); `field` is the
/// record path (`loans[0].outstanding`, `platform.maintenance[0].until`, `model.score`).
public struct Evidence: Codable, Sendable, Hashable {
    public var key: String
    public var value: Value
    public var field: String
    public var asOf: Date

    public init(_ key: String, _ value: Value, field: String, asOf: Date) {
        self.key = key; self.value = value; self.field = field; self.asOf = asOf
    }

    public enum Value: Sendable, Hashable {
        case money(Money)
        case date(Date)
        case int(Int)
        case percent(Double)
        case text(String)
        case list([String])
    }

    enum CodingKeys: String, CodingKey { case key, value, type, field, asOf = "as_of" }

    public func encode(to encoder: Encoder) throws {
        try json.encode(to: encoder)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        field = try c.decode(String.self, forKey: .field)
        let asOfText = try c.decode(String.self, forKey: .asOf)
        asOf = Timestamp.parse(asOfText) ?? Date(timeIntervalSince1970: 0)
        switch try c.decode(String.self, forKey: .type) {
        case "money": value = .money(try c.decode(Money.self, forKey: .value))
        case "date": value = .date(Timestamp.parse(try c.decode(String.self, forKey: .value)) ?? Date(timeIntervalSince1970: 0))
        case "int": value = .int(try c.decode(Int.self, forKey: .value))
        case "ratio": value = .percent(try c.decode(Double.self, forKey: .value))
        case "list": value = .list(try c.decode([String].self, forKey: .value))
        default: value = .text(try c.decode(String.self, forKey: .value))
        }
    }
}
