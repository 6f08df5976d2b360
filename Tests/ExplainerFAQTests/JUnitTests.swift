import ExplainerFAQ
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct JUnitTests {
    static let tricky = #"<&> "quoted" 还款 'x'"#

    /// A run with a pass, an expectation miss, a subject error and a malformed file.
    func mixedRun() async throws -> FAQRunResult {
        var subject = Replies.subject
        subject.replies["控制字符"] = FAQObservation(intent: "greeting", confidence: 0.5, language: "zh",
                                                  text: "bell\u{7} nul\u{0} esc\u{1B} </failure> ]]> &amp;")
        let suite = """
            cases:
              - name: '\(Self.tricky.replacingOccurrences(of: "'", with: "''"))'
                now: 2026-11-20
                turns: [{ask: hi, expect: {intent: greeting}}]
              - name: 失败的 <case> & "more"
                now: 2026-11-20
                turns: [{ask: 控制字符, expect: {intent: when_can_borrow, contains: ["</failure>", "<&>"]}}]
              - name: stranger
                user: nobody
                now: 2026-11-20
                turns: [{ask: hi, expect: {intent: greeting}}]
            """
        let fixture = try Fixture(["a.yaml": suite, "b<&>.yaml": "cases: [\n"])
        return await fixture.run(["a.yaml", "b<&>.yaml"], subject: subject).result
    }

    @Test func xmlIsWellFormedWithTheRightCounts() async throws {
        let result = try await mixedRun()
        let xml = JUnitReport.xml(result)
        let doc = try XMLDocument(xmlString: xml, options: [])
        let root = try #require(doc.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "4")
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        #expect(root.attribute(forName: "errors")?.stringValue == "2")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.count == 2)
        let a = suites[0]
        #expect(a.attribute(forName: "name")?.stringValue?.hasSuffix("/a.yaml") == true)
        #expect(a.attribute(forName: "tests")?.stringValue == "3")
        #expect(a.attribute(forName: "failures")?.stringValue == "1")
        #expect(a.attribute(forName: "errors")?.stringValue == "1")
        #expect(Double(a.attribute(forName: "time")?.stringValue ?? "") != nil)
        let cases = a.elements(forName: "testcase")
        #expect(cases.compactMap { $0.attribute(forName: "name")?.stringValue }
                == [Self.tricky, #"失败的 <case> & "more""#, "stranger"])
        #expect(cases[0].children == nil || cases[0].children?.isEmpty == true)
        let failure = try #require(cases[1].elements(forName: "failure").first)
        #expect(failure.attribute(forName: "message")?.stringValue
                == "turn 1: intent expected when_can_borrow, got greeting (confidence 0.50)")
        let details = try #require(failure.stringValue)
        #expect(details.contains(#"contains "<&>""#))
        #expect(details.contains(#"bell\u{7} nul\u{0} esc\u{1B} </failure> ]]> &amp;"#))
        let error = try #require(cases[2].elements(forName: "error").first)
        #expect(error.attribute(forName: "message")?.stringValue == #"unknown user "nobody""#)
        let b = suites[1]
        #expect(b.attribute(forName: "name")?.stringValue?.hasSuffix("/b<&>.yaml") == true)
        #expect(b.attribute(forName: "errors")?.stringValue == "1")
        let malformed = try #require(b.elements(forName: "testcase").first?.elements(forName: "error").first)
        #expect(malformed.attribute(forName: "message")?.stringValue?.contains("b<&>.yaml:2: YAML syntax error: did not find expected node content") == true)
    }

    @Test func escapingCoversSpecialAndControlCharacters() async throws {
        let xml = JUnitReport.xml(try await mixedRun())
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "))
        #expect(xml.contains(#"name="&lt;&amp;&gt; &quot;quoted&quot; 还款 &apos;x&apos;""#))
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(xml.contains("&lt;/failure&gt; ]]&gt; &amp;amp;"))
    }

    @Test func timesComeFromTheClockWhenOneIsGiven() async throws {
        let fixture = try Fixture(["a.yaml": "cases:\n  - {name: hello, now: 2026-11-20, turns: [{ask: hi, expect: {intent: greeting}}]}\n"])
        let result = await FAQRunner(clock: ContinuousClock()).run(paths: [fixture.root + "/a.yaml"], subject: Replies.subject) { _ in }
        try? FileManager.default.removeItem(atPath: fixture.root)
        let doc = try XMLDocument(xmlString: JUnitReport.xml(result), options: [])
        let time = try #require(doc.rootElement()?.elements(forName: "testsuite").first?.attribute(forName: "time")?.stringValue)
        #expect(Double(time) != nil)
    }
}

@Suite struct JUnitWriteTests {
    @Test func writesTheFileOrSaysWhyNot() throws {
        let result = FAQRunResult(files: [FAQFileResult(file: "a.yaml", cases: [FAQCaseResult(file: "a.yaml", name: "ok", line: 2)])])
        let path = FileManager.default.temporaryDirectory.path + "/faq-junit-\(UUID().uuidString).xml"
        try JUnitReport.write(result, to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == JUnitReport.xml(result))
        try FileManager.default.removeItem(atPath: path)
        #expect(throws: JUnitReport.WriteError.self) { try JUnitReport.write(result, to: "/nonexistent-folder/x.xml") }
        do {
            try JUnitReport.write(result, to: "/nonexistent-folder/x.xml")
        } catch {
            #expect(error.description.hasPrefix("cannot write the JUnit report to /nonexistent-folder/x.xml: "))
        }
    }
}
