import ExplainerCore
import Foundation
import Testing

@Suite struct WhitespaceTests {
    @Test(arguments: ["", "   ", "x", " \t\n为什么借不了\u{3000}", "\u{00A0}why can't I borrow?\u{2029}\r\n",
                      "a b", "\u{85}\u{2007}借呗 jb\u{202F}", "\u{FEFF}bom stays", "\n\n"])
    func trimsWhatFoundationTrims(_ text: String) {
        #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func findsTextByItsBytes() {
        let sentence = "借呗额度将于 2026-12-01 恢复。"
        #expect(sentence.containsBytes(of: "2026-12-01"))
        #expect(sentence.containsBytes(of: "恢复。"))
        #expect(sentence.containsBytes(of: "借"))
        #expect(sentence.containsBytes(of: ""))
        #expect(!sentence.containsBytes(of: "2026-12-02"))
        #expect(!"2026".containsBytes(of: "2026-12-01"))
        #expect(!"".containsBytes(of: "a"))
    }
}
