/// Why a line editor could not start.
///
/// The text a user sees: `Only one readline editor can be open at a time; close the other one first.`
public struct LineEditorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The sentence.
    public let description: String

    static let alreadyOpen = LineEditorError(
        description: "Only one readline editor can be open at a time; close the other one first.")
}
