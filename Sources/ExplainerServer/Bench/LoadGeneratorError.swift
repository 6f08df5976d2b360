/// Why a load run could not be set up or did not complete: one sentence.
///
/// `request line 2 is not valid JSON: …`, `connection 3: reply 18 has id 5, expected 18`,
/// `the run did not finish within 60 seconds`.
public struct LoadGeneratorError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
