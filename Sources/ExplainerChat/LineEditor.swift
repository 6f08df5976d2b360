/// Reads the chat's input lines: with line editing on a terminal, plainly from a pipe.
///
/// Use ``LineEditors/standardInput(historyPath:historyLimit:diagnostics:)`` to get the right one
/// for standard input: ``ReadlineEditor`` on a terminal, ``PlainEditor`` otherwise.
public protocol LineEditor: AnyObject {
    /// Shows `prompt` (if the editor shows prompts) and reads one line, without its newline.
    ///
    /// Returns nil at end of input (Ctrl-D on an empty line, or end of the piped file).
    /// Ctrl-C at the prompt returns the empty string: the line was thrown away.
    func readLine(prompt: String) -> String?

    /// Replaces the customer ids offered by Tab completion after `:user `.
    func setCompletionUserIDs(_ ids: [String])

    /// Ends the session: saves the history and gives the terminal back. Safe to call twice.
    func close()
}

extension LineEditor {
    /// Editors without completion ignore the ids.
    public func setCompletionUserIDs(_ ids: [String]) {}
    /// Editors without state have nothing to close.
    public func close() {}
}
