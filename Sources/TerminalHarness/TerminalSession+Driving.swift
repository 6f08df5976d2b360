import Foundation

extension TerminalSession {
    /// Types `text` literally (no key names), as if pasted key by key.
    public func type(_ text: String) throws {
        try tmux.run(["send-keys", "-t", TmuxServer.pane, "-l", text])
    }

    /// Presses keys in order.
    public func press(_ keys: TerminalKey...) throws {
        try tmux.run(["send-keys", "-t", TmuxServer.pane] + keys.map(\.name))
    }

    /// The visible screen as text, one line per row; spaces the program wrote at the end of a
    /// row are kept (so `"you> "` matches an empty prompt), untouched cells are not.
    ///
    /// - Parameter styled: keep bold and colour as escape codes (tmux's `capture-pane -e`).
    public func screen(styled: Bool = false) throws -> String {
        try tmux.run(["capture-pane", "-p", "-N", "-t", TmuxServer.pane] + (styled ? ["-e"] : []))
    }

    /// Waits until the screen contains `text`; returns that screen.
    ///
    /// - Throws: ``TerminalHarnessError`` after `timeout`, with the last screen in its text.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitUntil("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the screen; returns that screen.
    ///
    /// - Parameter what: names the condition in the timeout error.
    @discardableResult
    public func waitUntil(_ what: String = "the screen to match", timeout: Duration = .seconds(10),
                          styled: Bool = false, _ condition: (String) throws -> Bool) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        repeat {
            last = try screen(styled: styled)
            if try condition(last) { return last }
            sleepBriefly()
        } while ContinuousClock.now < deadline
        throw TerminalHarnessError.timedOut(waitingFor: what, after: timeout, screen: last)
    }

    /// Waits until the last row that is not blank is exactly `prompt`: the program waits for
    /// input on an empty line. Wait for this before typing after a reply, or the keys arrive
    /// while the terminal is not yet in the line editor's mode (a Ctrl-D then is lost).
    @discardableResult
    public func waitForPrompt(_ prompt: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitUntil("the empty prompt '\(prompt)'", timeout: timeout) { Self.rows(of: $0).last == prompt }
    }

    /// Waits for the program to end; returns its exit status (128 + n if signal n ended it).
    public func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        var status: Int32?
        try waitUntil("the program to exit", timeout: timeout) { _ in
            status = tmux.exitStatus()
            return status != nil
        }
        return status ?? -1
    }

    /// The program's exit status if it has ended, nil while it runs (no waiting).
    public func exitStatus() -> Int32? {
        tmux.exitStatus()
    }

    /// The screen's rows, trailing blank rows dropped.
    public static func rows(of screen: String) -> [String] {
        var rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = rows.last, last.allSatisfy(\.isWhitespace) { rows.removeLast() }
        return rows
    }

    private func sleepBriefly() {
        usleep(50_000)
    }
}
