extension JSONValue {
    /// The compact one-line JSON text of this value; object keys sorted so output is stable.
    ///
    /// Non-finite doubles (which JSON cannot carry) are written as `null`.
    public func serialized() -> String {
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the compact JSON text of this value to `out`.
    public func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .integer(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d): out.append(contentsOf: (d.isFinite ? d.description : "null").utf8)
        case .string(let s): Self.writeString(s, to: &out)
        case .array(let elements): Self.writeArray(elements, to: &out)
        case .object(let members): Self.writeObject(members, to: &out)
        case .text(let text): out.append(contentsOf: text.bytes)
        }
    }

    /// Appends `string` as a JSON string (quoted, escaped): for writers that build JSON text
    /// directly, such as a reply's.
    public static func write(string: String, to out: inout [UInt8]) {
        writeString(string, to: &out)
    }

    private static func writeArray(_ elements: [JSONValue], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (i, element) in elements.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            element.write(to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    private static func writeObject(_ members: [String: JSONValue], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            writeString(member.key, to: &out)
            out.append(UInt8(ascii: ":"))
            member.value.write(to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    private static func writeString(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            // Runs that need no escaping (nearly all text) are copied whole.
            var start = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                escape(byte, to: &out)
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(0x5C)
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default: out.append(contentsOf: controlEscape(byte).utf8.dropFirst())
        }
    }

    private static func controlEscape(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16)
        return "\\u00" + (digits.count == 1 ? "0" : "") + digits
    }
}
