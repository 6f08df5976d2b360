import CReadline
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Line editing on a terminal with GNU readline: history, Ctrl-R search, Tab completion.
///
/// - Up/Down and Ctrl-R walk and search the history, which is kept in a file across runs
///   (see ``HistoryLocation``), appended line by line and trimmed to `historyLimit` lines.
/// - Tab completes `:commands`, the customer ids given to ``setCompletionUserIDs(_:)`` after
///   `:user `, and `auto`/`zh`/`en` after `:lang `; never file names.
/// - Ctrl-C shows `^C`, throws the line away and prompts again (``readLine(prompt:)`` returns "").
/// - Ctrl-D on an empty line ends input (``readLine(prompt:)`` returns nil).
/// - The prompt and the typed text go to standard output when it is a terminal, to standard
///   error otherwise, so redirected output holds only the replies.
///
/// Readline is process-wide state: one editor at a time. A second one throws
/// ``LineEditorError`` (`Only one readline editor can be open at a time; close the other one first.`).
/// A history file that cannot be written is a warning on `diagnostics`, not an error.
public final class ReadlineEditor: LineEditor {
    private static let isOpen = Mutex(false)
    private var history: ReadlineHistory?

    /// Takes over the terminal's line editing.
    ///
    /// - Parameters:
    ///   - historyPath: the history file (created with its directories), or nil for none.
    ///   - historyLimit: how many lines the history keeps.
    ///   - diagnostics: where warnings go (standard error).
    public init(historyPath: String?, historyLimit: Int = 1000,
                diagnostics: any TextSink = StandardStreamSink.standardError) throws(LineEditorError) {
        let claimed = Self.isOpen.withLock { open in
            defer { open = true }
            return !open
        }
        guard claimed else { throw .alreadyOpen }
        Self.configureReadline()
        history = ReadlineHistory(path: historyPath, limit: historyLimit, diagnostics: diagnostics)
    }

    deinit {
        close()
    }

    /// Reads one line with editing; nil at Ctrl-D on an empty line, at end of input, or after ``close()``.
    public func readLine(prompt: String) -> String? {
        guard history != nil else { return nil }
        ReadlineCallbacks.interrupted.withLock { $0 = false }
        let raw = PromptSignals.whileInstalled { readline(prompt) }
        guard let raw else {
            // Readline 8.1+ already ends the line at EOF when bracketed paste is on.
            if creadline_bracketed_paste_is_on() == 0 { Self.writePromptStream("\n") }
            return nil
        }
        defer { free(raw) }
        if ReadlineCallbacks.interrupted.withLock({ $0 }) {
            Self.writePromptStream("\n")
            return ""
        }
        let line = String(cString: raw)
        history?.record(line)
        return line
    }

    public func setCompletionUserIDs(_ ids: [String]) {
        ReadlineCallbacks.vocabulary.withLock { $0.userIDs = ids }
    }

    public func close() {
        guard let history else { return }
        history.close()
        self.history = nil
        Self.isOpen.withLock { $0 = false }
    }

    private static func writePromptStream(_ text: String) {
        guard let stream = creadline_outstream() else { return }
        fputs(text, stream)
        fflush(stream)
    }
}
