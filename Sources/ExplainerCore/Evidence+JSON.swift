import ExplainerJSON

extension Evidence {
    /// The evidence as replies carry it (DESIGN §6): `key`, `value`, its `type` (`money`,
    /// `date`, `int`, `ratio`, `text`, `list`), `field` and `as_of`. `encode(to:)` writes
    /// exactly this; ``writeJSON(to:)`` is its one definition.
    public var json: JSONValue {
        var bytes: [UInt8] = []
        writeJSON(to: &bytes)
        return .text(JSONText(trusted: bytes))
    }

    /// Appends the evidence's JSON text, members in key order.
    public func writeJSON(to out: inout [UInt8]) {
        let (value, type): (JSONValue, String) = switch self.value {
        case .money(let m): (m.json, "money")
        case .date(let d): (.string(Timestamp.isoString(d)), "date")
        case .int(let i): (.integer(i), "int")
        case .percent(let p): (.number((p * 10000).rounded() / 10000), "ratio")
        case .text(let s): (.string(s), "text")
        case .list(let l): (.array(l.map(JSONValue.string)), "list")
        }
        var o = JSONObjectText(&out)
        o.member("as_of", &out) { JSONValue.write(string: Timestamp.isoString(asOf), to: &$0) }
        o.member("field", &out) { JSONValue.write(string: field, to: &$0) }
        o.member("key", &out) { JSONValue.write(string: key, to: &$0) }
        o.member("type", &out) { JSONValue.write(string: type, to: &$0) }
        o.member("value", &out) { value.write(to: &$0) }
        o.end(&out)
    }
}
