/// Writes one JSON object's braces and commas for a writer that produces JSON text directly;
/// the caller gives the members in key order (as `JSONValue.serialized()` writes them).
///
/// ```swift
/// var o = JSONObjectText(&out)
/// o.member("code", &out) { JSONValue.write(string: "OVERDUE", to: &$0) }
/// o.member("rank", &out) { JSONValue.integer(1).write(to: &$0) }
/// o.end(&out)   // {"code":"OVERDUE","rank":1}
/// ```
public struct JSONObjectText {
    @usableFromInline var first = true

    /// Opens the object in `out`.
    @inlinable
    public init(_ out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
    }

    /// Writes `"key":` and then the value, with a comma before every member but the first.
    /// `key` must need no escaping.
    @inlinable
    public mutating func member(_ key: StaticString, _ out: inout [UInt8], _ value: (inout [UInt8]) -> Void) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
        value(&out)
    }

    /// Closes the object.
    @inlinable
    public func end(_ out: inout [UInt8]) {
        out.append(UInt8(ascii: "}"))
    }

    /// Writes `elements` as a JSON array, each with `element`.
    @inlinable
    public static func array<T>(_ elements: [T], _ out: inout [UInt8], _ element: (T, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for (i, e) in elements.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            element(e, &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}
