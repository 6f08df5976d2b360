import Foundation
import Testing
import TerminalHarness

/// `explainer check` on a copy of knowledge/ with one thing broken: it names the file and the problem.
@Suite struct CheckCLITests {
    /// Copies knowledge/ to a scratch directory and replaces `text` (which must occur once) in `file`.
    func brokenKnowledge(_ file: String, replacing text: String, with replacement: String = "") throws -> ScratchDirectory {
        let scratch = try ScratchDirectory(prefix: "check-cli")
        let copy = scratch.path + "/knowledge"
        try FileManager.default.copyItem(atPath: Binary.root.appendingPathComponent("knowledge").path, toPath: copy)
        let path = copy + "/" + file
        let original = try String(contentsOfFile: path, encoding: .utf8)
        #expect(original.components(separatedBy: text).count == 2, "\(file) should hold \(text.debugDescription) once")
        try original.replacingOccurrences(of: text, with: replacement).write(toFile: path, atomically: true, encoding: .utf8)
        return scratch
    }

    @Test func aMissingChatSentenceIsReported() throws {
        let scratch = try brokenKnowledge("answers.yaml", replacing: "  goodbye:\n    zh: 再见。\n    en: Goodbye.\n")
        defer { scratch.remove() }
        let r = try Binary.run(["check", "--knowledge", scratch.path + "/knowledge"])
        #expect(r.code == 1)
        #expect(r.out.contains("\(scratch.path)/knowledge/answers.yaml: answer chat.goodbye is missing\n"), "\(r.out)")
        #expect(r.err.hasPrefix("error: 1 error in "), "\(r.err)")
    }

    @Test func aDigitInAChatSentenceIsReported() throws {
        let scratch = try brokenKnowledge("answers.yaml", replacing: "({one} or {two})", with: "(1 or 2)")
        defer { scratch.remove() }
        let r = try Binary.run(["check", "--knowledge", scratch.path + "/knowledge"])
        #expect(r.code == 1)
        #expect(r.out.contains("answer chat.help.keys.en has the literal number \"1\""), "\(r.out)")
    }
}
