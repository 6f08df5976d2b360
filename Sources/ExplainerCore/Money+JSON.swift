import ExplainerJSON

extension Money {
    /// The amount as records and replies carry it: a JSON number of yuan, whole when it is
    /// (`1200`), with fen otherwise (`1200.5`). `encode(to:)` writes exactly this.
    public var json: JSONValue {
        fen % 100 == 0 ? .integer(Int(fen / 100)) : .number(yuan)
    }
}
