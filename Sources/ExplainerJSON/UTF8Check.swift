/// Finds the first byte that breaks UTF-8, so a parse error can say where.
///
/// Every line a server or a load generator reads passes through here, and replies are
/// several kilobytes of mostly Chinese text: ASCII is skipped eight bytes at a time and
/// multi-byte sequences are checked against the Unicode standard's table of well-formed
/// byte sequences (Table 3-7) directly, rather than decoded scalar by scalar.
enum UTF8Check {
    /// The offset of the first byte of the first invalid UTF-8 sequence, or `nil` when all is valid.
    ///
    /// Overlong forms, surrogates (U+D800–U+DFFF), scalars above U+10FFFF and truncated
    /// sequences are invalid, exactly as Swift's own UTF-8 decoder has them.
    static func firstInvalidOffset(in bytes: UnsafeRawBufferPointer) -> Int? {
        let count = bytes.count
        var i = 0
        while i < count {
            // Eight ASCII bytes at a time.
            while i + 8 <= count, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < count else { return nil }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length = sequenceLength(lead: lead, bytes: bytes, at: i)
            guard length > 0 else { return i }
            i += length
        }
        return nil
    }

    /// The length of the well-formed sequence starting with `lead` (≥ 0x80) at `i`, or 0 when it is not one.
    private static func sequenceLength(lead: UInt8, bytes: UnsafeRawBufferPointer, at i: Int) -> Int {
        // The allowed range of the second byte depends on the lead; later bytes are 80–BF.
        let length: Int
        let second: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: length = 2; second = 0x80...0xBF
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; second = 0x80...0xBF
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF1...0xF3: length = 4; second = 0x80...0xBF
        case 0xF4: length = 4; second = 0x80...0x8F
        default: return 0
        }
        guard i + length <= bytes.count, second.contains(bytes[i + 1]) else { return 0 }
        for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
