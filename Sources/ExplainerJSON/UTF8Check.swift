/// Finds the first byte that breaks UTF-8, so a parse error can say where.
enum UTF8Check {
    /// The offset of the first byte of the first invalid UTF-8 sequence, or `nil` when all is valid.
    static func firstInvalidOffset(in bytes: UnsafeRawBufferPointer) -> Int? {
        // Fast path: plain ASCII needs no decoding.
        if !bytes.contains(where: { $0 >= 0x80 }) { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
