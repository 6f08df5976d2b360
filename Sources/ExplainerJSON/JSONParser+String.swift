extension JSONParser {
    /// Reads a string starting at its opening quote; decodes escapes, refuses raw control characters.
    mutating func parseString() throws(JSONParseError) -> String {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: start) }
            guard byte >= 0x20 else { throw failure("unescaped control character in a string") }
            index += 1
        }
        throw failure("unterminated string", at: start - 1)
    }

    /// Moves past a string starting at its opening quote, checking it (escapes included)
    /// exactly like ``parseString()`` without building it.
    mutating func skipString() throws(JSONParseError) {
        index += 1
        let start = index
        var scratch: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                // Checked exactly as when built; what an escape stands for is dropped.
                scratch.removeAll(keepingCapacity: true)
                try appendEscape(to: &scratch)
                continue
            }
            guard byte >= 0x20 else { throw failure("unescaped control character in a string") }
            index += 1
        }
        throw failure("unterminated string", at: start - 1)
    }

    private mutating func parseEscapedString(from start: Int) throws(JSONParseError) -> String {
        var utf8 = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try appendEscape(to: &utf8)
            case ..<0x20:
                throw failure("unescaped control character in a string")
            default:
                utf8.append(byte)
                index += 1
            }
        }
        throw failure("unterminated string", at: start - 1)
    }

    private mutating func appendEscape(to utf8: inout [UInt8]) throws(JSONParseError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw failure("unterminated string") }
        let simple: UInt8? = switch bytes[index] {
        case UInt8(ascii: "\""): 0x22
        case UInt8(ascii: "\\"): 0x5C
        case UInt8(ascii: "/"): 0x2F
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            utf8.append(simple)
            index += 1
            return
        }
        guard bytes[index] == UInt8(ascii: "u") else {
            throw failure("invalid escape \\\(Self.printable(bytes[index])) in a string", at: escapeStart)
        }
        let scalar = try parseUnicodeEscape(startingAt: escapeStart)
        utf8.append(contentsOf: String(Character(scalar)).utf8)
    }

    /// Reads `uXXXX` (and a following `\uXXXX` low surrogate when the first is a high one).
    private mutating func parseUnicodeEscape(startingAt escapeStart: Int) throws(JSONParseError) -> Unicode.Scalar {
        index += 1
        let first = try parseHex4(escapeStart: escapeStart)
        var value = first
        if (0xD800...0xDBFF).contains(first) {
            let hasLow = index + 1 < bytes.count && bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "u")
            guard hasLow else { throw failure("unpaired surrogate \\u\(hex(first)) in a string", at: escapeStart) }
            index += 2
            let second = try parseHex4(escapeStart: escapeStart)
            guard (0xDC00...0xDFFF).contains(second) else {
                throw failure("unpaired surrogate \\u\(hex(first)) in a string", at: escapeStart)
            }
            value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw failure("unpaired surrogate \\u\(hex(first)) in a string", at: escapeStart)
        }
        return scalar
    }

    private mutating func parseHex4(escapeStart: Int) throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("incomplete \\u escape in a string", at: escapeStart) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexDigit(bytes[index]) else {
                throw failure("invalid \\u escape in a string", at: escapeStart)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private static func printable(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "x" + String(byte, radix: 16)
    }
}
