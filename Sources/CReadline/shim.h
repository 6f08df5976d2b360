// The slice of GNU readline that ExplainerChat uses.
//
// Swift 6 strict concurrency rejects every direct use of readline's C globals
// (`rl_done`, `rl_outstream`, `rl_line_buffer`...), so each global the Swift side
// needs is reached through one small `static inline` getter or setter below and
// the rest of the Swift code stays strictly checked. The shim holds no state of
// its own: every variable lives in the library.
//
// GNU readline is GPL-3. To build against BSD libedit instead (docs/chat.md), replace the
// two readline includes below with `#include <editline/readline.h>` and, in
// module.modulemap, `link "readline"` with `link "edit"`; the #ifdef below covers the
// few functions libedit lacks.
#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <readline/readline.h>
#include <readline/history.h>

/// The C library's standard output stream.
static inline FILE *creadline_stdout(void) { return stdout; }
/// The C library's standard error stream.
static inline FILE *creadline_stderr(void) { return stderr; }

/// Where readline writes the prompt and echoes typed input.
static inline void creadline_set_outstream(FILE *stream) { rl_outstream = stream; }
/// The stream set with creadline_set_outstream (NULL before: stdout).
static inline FILE *creadline_outstream(void) { return rl_outstream; }
/// Names the application `explainer` for `$if explainer` blocks in ~/.inputrc.
static inline void creadline_set_application_name(void) { rl_readline_name = "explainer"; }
/// 0: readline installs no signal handlers of its own (the caller handles SIGINT, SIGTSTP...).
static inline void creadline_set_catch_signals(int on) { rl_catch_signals = on; }
/// 0: readline installs no SIGWINCH handler (the caller calls rl_resize_terminal).
static inline void creadline_set_catch_sigwinch(int on) { rl_catch_sigwinch = on; }
/// Replaces the function readline reads one key with.
static inline void creadline_set_getc_function(int (*function)(FILE *)) { rl_getc_function = function; }
/// Makes the current readline() call return the line as it stands.
static inline void creadline_set_done(int done) { rl_done = done; }
/// Puts the cursor after the last character of the line.
static inline void creadline_move_to_end(void) { rl_point = rl_end; }

/// The function readline calls on Tab before its own filename completion.
static inline void creadline_set_attempted_completion_function(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}
/// 1: no filename completion when the attempted completion function finds nothing.
static inline void creadline_set_attempted_completion_over(int over) { rl_attempted_completion_over = over; }
/// A space after a unique completion (GNU readline's default; libedit needs telling).
static inline void creadline_set_completion_append_space(void) { rl_completion_append_character = ' '; }
/// Words for completion are separated by blanks only, so `:user` and `C-1001` are one word each.
static inline void creadline_set_blank_word_breaks(void) { rl_completer_word_break_characters = " \t\n"; }
/// The line being edited (read-only view for completion).
static inline const char *creadline_line_buffer(void) { return rl_line_buffer; }

#ifdef RL_VERSION_MAJOR /* GNU readline */
/// Binds `key` to `function` in the emacs and both vi keymaps (after ~/.inputrc, so it wins).
static inline void creadline_bind_key_everywhere(int key, rl_command_func_t *function) {
    const char *names[] = { "emacs", "vi-insert", "vi-command" };
    for (int i = 0; i < 3; i++) {
        Keymap map = rl_get_keymap_by_name(names[i]);
        if (map != NULL) rl_bind_key_in_map(key, function, map);
    }
}
/// 1 when bracketed paste is on: readline 8.1+ then ends the line itself when it reads EOF.
static inline int creadline_bracketed_paste_is_on(void) {
    const char *value = rl_variable_value("enable-bracketed-paste");
    return value != NULL && strcmp(value, "on") == 0;
}
/// 0: the getc function returns bytes (GNU readline decodes UTF-8 itself).
static inline int creadline_getc_returns_characters(void) { return 0; }
#else /* libedit */
static inline void creadline_bind_key_everywhere(int key, rl_command_func_t *function) {
    rl_bind_key(key, function);
}
static inline int creadline_bracketed_paste_is_on(void) { return 0; }
/// 1: libedit takes the getc function's result as a whole character (a wchar_t).
static inline int creadline_getc_returns_characters(void) { return 1; }
#endif

#endif
