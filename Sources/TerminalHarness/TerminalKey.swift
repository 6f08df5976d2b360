/// A key to press in a ``TerminalSession``, named as tmux's `send-keys` names it.
public struct TerminalKey: Sendable, Hashable {
    /// The tmux key name, e.g. `Enter`, `C-r`.
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    public static let enter = TerminalKey("Enter")
    public static let tab = TerminalKey("Tab")
    public static let up = TerminalKey("Up")
    public static let down = TerminalKey("Down")
    public static let left = TerminalKey("Left")
    public static let right = TerminalKey("Right")
    public static let backspace = TerminalKey("BSpace")
    public static let escape = TerminalKey("Escape")

    /// Control plus a letter: `.control("r")` is Ctrl-R.
    public static func control(_ letter: Character) -> TerminalKey {
        TerminalKey("C-\(letter)")
    }
}
