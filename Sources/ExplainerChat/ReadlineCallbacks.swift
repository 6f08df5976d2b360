import CReadline
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C functions readline calls back, and the little state they share.
///
/// Every callback is a `@convention(c)` closure that captures nothing; what they share
/// lives in `Mutex`es and in one pipe, because readline is process-wide C state.
enum ReadlineCallbacks {
    /// What Tab completes; ``ReadlineEditor/setCompletionUserIDs(_:)`` replaces the ids.
    static let vocabulary = Mutex(CompletionVocabulary())

    /// Set when Ctrl-C ended the current `readline()` call.
    static let interrupted = Mutex(false)

    typealias CStringArray = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

    /// Readline's attempted-completion function: completes from ``vocabulary``, never file names.
    ///
    /// `start` is the byte offset of the word in the line; what comes before it decides
    /// whether the word is a command, a customer id or a language.
    static let complete: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> CStringArray? = { text, start, _ in
        creadline_set_attempted_completion_over(1)
        guard let text, let line = creadline_line_buffer() else { return nil }
        let before = ReadlineCallbacks.prefix(of: line, bytes: Int(max(start, 0)))
        let vocabulary = ReadlineCallbacks.vocabulary.withLock { $0 }
        guard let completion = vocabulary.complete(String(cString: text), after: before) else { return nil }
        let listed = completion.matches.count > 1 ? completion.matches : []
        return ReadlineCallbacks.cStringArray([completion.substitution] + listed)
    }

    /// The first `count` bytes of a C string, as text.
    static func prefix(of string: UnsafePointer<CChar>, bytes count: Int) -> String {
        string.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }

    /// The command bound to the Ctrl-C byte: shows `^C` after the line, empties it and ends `readline()`.
    static let interruptLine: @convention(c) (Int32, Int32) -> Int32 = { _, _ in
        creadline_move_to_end()
        rl_redisplay()
        if let stream = creadline_outstream() {
            fputs("^C", stream)
            fflush(stream)
        }
        rl_replace_line("", 1)
        ReadlineCallbacks.interrupted.withLock { $0 = true }
        creadline_set_done(1)
        return 0
    }

    /// A NULL-terminated array of `malloc`ed copies, which readline frees.
    ///
    /// Two NULLs end it: libedit looks at `matches[2]` even when `matches[1]` is already NULL.
    static func cStringArray(_ strings: [String]) -> CStringArray? {
        let slots = strings.count + 2
        guard let raw = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * slots) else { return nil }
        let array = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: slots)
        for (index, string) in strings.enumerated() {
            array[index] = strdup(string)
        }
        array[strings.count] = nil
        array[strings.count + 1] = nil
        return array
    }
}
