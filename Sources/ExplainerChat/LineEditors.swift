#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Picks the line editor for standard input.
public enum LineEditors {
    /// ``ReadlineEditor`` when standard input is a terminal, ``PlainEditor`` otherwise.
    ///
    /// - Parameters:
    ///   - historyPath: the history file; by default ``HistoryLocation/path(override:)``
    ///     (`$EXPLAINER_HISTORY`, else the XDG state directory).
    ///   - historyLimit: how many lines the history keeps.
    ///   - diagnostics: where warnings go; if readline cannot start, it says so there and
    ///     plain line reading is used.
    public static func standardInput(historyPath: String? = HistoryLocation.path(), historyLimit: Int = 1000,
                                     diagnostics: any TextSink = StandardStreamSink.standardError) -> any LineEditor {
        guard isatty(STDIN_FILENO) == 1 else { return PlainEditor() }
        do {
            return try ReadlineEditor(historyPath: historyPath, historyLimit: historyLimit, diagnostics: diagnostics)
        } catch {
            diagnostics.write("explainer: warning: \(error) Reading lines without editing.\n")
            return PlainEditor()
        }
    }
}
