import ExplainerFAQ
import Foundation
import Testing

/// The worked example in docs/faq-tests.md must stay a valid suite.
@Suite struct DocsExampleTests {
    @Test func docsYamlBlocksParse() throws {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/faq-tests.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let blocks = text.components(separatedBy: "```yaml\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
        #expect(blocks.count == 1)
        for block in blocks {
            let suite = try FAQSuiteParser.parse(block, file: "docs/faq-tests.md")
            #expect(suite.cases.map(\.name) == ["repaid last night, limit not back yet",
                                                "overdue jiebei loan blocks borrowing", "no account given"])
            #expect(suite.cases[0].turns.map(\.expect.intent) == ["borrow_blocked_after_repayment", "when_can_borrow"])
            #expect(suite.cases[1].record?.loans.first?.id == "L-88")
        }
    }
}
