import Foundation
import Testing
import TerminalHarness
@testable import ExplainerChat

/// Readline in this process, without a terminal: its history functions need none.
/// One serialized suite, because readline's state is process-wide.
@Suite("Readline in the test process", .serialized)
struct ReadlineInProcessTests {
    @Test("lines are appended at once, repeats and blanks skipped, and the file trimmed to the limit")
    func appendAndTrim() throws {
        let scratch = try ScratchDirectory(prefix: "history")
        defer { scratch.remove() }
        let file = scratch.path + "/a/b/history"
        let warnings = BufferSink()
        let history = ReadlineHistory(path: file, limit: 3, diagnostics: warnings)
        for line in ["one", "two", "two", "  ", "three", "four"] { history.record(line) }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "one\ntwo\nthree\nfour\n")
        history.close()
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "two\nthree\nfour\n")
        #expect(warnings.text == "")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("a history file that cannot be made is one warning, and recording goes on")
    func unwritable() throws {
        let scratch = try ScratchDirectory(prefix: "history")
        defer { scratch.remove() }
        try "".write(toFile: scratch.path + "/file", atomically: true, encoding: .utf8)
        let warnings = BufferSink()
        let history = ReadlineHistory(path: scratch.path + "/file/history", limit: 10, diagnostics: warnings)
        history.record("still kept in memory")
        history.close()
        #expect(warnings.text == "explainer: warning: cannot create the history directory \(scratch.path)/file "
                + "(Not a directory); this session's history will not be saved.\n")
    }

    @Test("only one readline editor at a time; closing frees the place")
    func oneAtATime() throws {
        let first = try ReadlineEditor(historyPath: nil, diagnostics: BufferSink())
        #expect(throws: LineEditorError.self) { try ReadlineEditor(historyPath: nil) }
        do {
            _ = try ReadlineEditor(historyPath: nil)
        } catch {
            #expect(error.description == "Only one readline editor can be open at a time; close the other one first.")
        }
        first.close()
        #expect(first.readLine(prompt: "x> ") == nil)
        let second = try ReadlineEditor(historyPath: nil, diagnostics: BufferSink())
        second.close()
    }
}
