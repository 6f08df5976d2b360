import ExplainerJSON

extension Evidence {
    /// The evidence as replies carry it (DESIGN §6): `key`, `value`, its `type` (`money`,
    /// `date`, `int`, `ratio`, `text`, `list`), `field` and `as_of`. `encode(to:)` writes exactly this.
    public var json: JSONValue {
        let (value, type): (JSONValue, String) = switch self.value {
        case .money(let m): (m.json, "money")
        case .date(let d): (.string(Timestamp.isoString(d)), "date")
        case .int(let i): (.integer(i), "int")
        case .percent(let p): (.number((p * 10000).rounded() / 10000), "ratio")
        case .text(let s): (.string(s), "text")
        case .list(let l): (.array(l.map(JSONValue.string)), "list")
        }
        return .object(["key": .string(key), "value": value, "type": .string(type), "field": .string(field),
                        "as_of": .string(Timestamp.isoString(asOf))])
    }
}
