/// One expectation a reply did not meet, told as `expected: … / got: …`.
public struct FAQMismatch: Sendable, Equatable {
    /// The expect key, with its argument where it has one (`intent`, `contains "2026-11-20"`).
    public var key: String
    public var expected: String
    public var got: String

    public init(key: String, expected: String, got: String) {
        self.key = key; self.expected = expected; self.got = got
    }
}
