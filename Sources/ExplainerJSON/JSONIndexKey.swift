/// An array index in a coding path, named as `JSONEncoder` and `JSONDecoder` name it (`Index 2`);
/// `RPCParams` turns it into `[2]`.
struct JSONIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
