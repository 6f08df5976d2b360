import CReadline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ReadlineEditor {
    /// Points readline at the right streams and our callbacks, reads ~/.inputrc, binds Ctrl-C.
    static func configureReadline() {
        useUTF8Locale()
        creadline_set_application_name()
        creadline_set_outstream(isatty(STDOUT_FILENO) == 1 ? creadline_stdout() : creadline_stderr())
        creadline_set_catch_signals(0)
        creadline_set_catch_sigwinch(0)
        creadline_set_getc_function(PromptSignals.readKey)
        creadline_set_attempted_completion_function(ReadlineCallbacks.complete)
        creadline_set_blank_word_breaks()
        rl_initialize()
        creadline_set_completion_append_space()
        // After rl_initialize, so a binding in ~/.inputrc cannot take Ctrl-C away.
        creadline_bind_key_everywhere(PromptSignals.interruptKey, ReadlineCallbacks.interruptLine)
    }

    /// Readline needs a UTF-8 locale to edit Chinese text as characters rather than bytes:
    /// the user's own if it is UTF-8, else `C.UTF-8`.
    static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        if !currentCodesetIsUTF8() {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private static func currentCodesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
