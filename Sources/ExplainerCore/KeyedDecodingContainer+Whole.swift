extension KeyedDecodingContainer {
    /// Decodes a whole number, reporting `3.5` as "should be a whole number" rather than
    /// Foundation's bare "is not valid JSON".
    func decodeWhole(forKey key: Key) throws -> Int {
        let v = try decode(Double.self, forKey: key)
        guard v.isFinite, v == v.rounded(), abs(v) < 1e15 else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "should be a whole number, not \(v)")
        }
        return Int(v)
    }

    func decodeWholeIfPresent(forKey key: Key) throws -> Int? {
        try contains(key) && !decodeNil(forKey: key) ? decodeWhole(forKey: key) : nil
    }
}
