/// Reads lines from standard input (or any line source) with no prompt and no escape codes.
///
/// Used when standard input is not a terminal (`explainer chat < script.txt`), so the output
/// holds only the replies. Lines ending in `\r\n` lose both characters.
public final class PlainEditor: LineEditor {
    private let source: () -> String?

    /// Reads from standard input.
    public convenience init() {
        self.init { Swift.readLine(strippingNewline: true) }
    }

    /// Reads from `source`, which returns nil at end of input.
    public init(source: @escaping () -> String?) {
        self.source = source
    }

    /// Returns the next line; `prompt` is ignored.
    public func readLine(prompt: String) -> String? {
        source()
    }
}
