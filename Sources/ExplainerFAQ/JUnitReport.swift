import Foundation

/// JUnit XML for CI systems, one `<testsuite>` per suite file and one `<testcase>` per case.
///
/// Expectation misses are `<failure>`s; a subject error (unknown user…) and a malformed
/// file are `<error>`s. Names and messages are escaped for XML, so case names with
/// `<&>"` or Chinese text are safe. `time` is in seconds (zero without a clock).
///
///     <testsuites tests="2" failures="1" errors="0" time="0.000">
///       <testsuite name="faq/a.yaml" tests="2" failures="1" errors="0" time="0.000">
///         <testcase classname="faq/a.yaml" name="greeting" time="0.000"/>
///         <testcase classname="faq/a.yaml" name="wrong" time="0.000">
///           <failure message="turn 1: intent expected greeting, got help">…the report…</failure>
///         </testcase>
///       </testsuite>
///     </testsuites>
public enum JUnitReport {
    /// The whole document, with an XML declaration and a trailing newline.
    public static func xml(_ result: FAQRunResult) -> String {
        let tests = result.files.reduce(0) { $0 + count($1).tests }
        let failures = result.files.reduce(0) { $0 + count($1).failures }
        let errors = result.files.reduce(0) { $0 + count($1).errors }
        let time = result.files.reduce(Duration.zero) { $0 + $1.duration }
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "<testsuites tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(seconds(time))\">"]
        for file in result.files { lines += suite(file) }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes ``xml(_:)`` to `path`, replacing the file atomically.
    ///
    /// - Throws: ``WriteError``: `cannot write the JUnit report to out/faq.xml: …`.
    public static func write(_ result: FAQRunResult, to path: String) throws(WriteError) {
        do {
            try Data(xml(result).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw WriteError(description: "cannot write the JUnit report to \(path): \(error.localizedDescription)")
        }
    }

    /// The report file could not be written; `description` is the sentence to show.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    static func suite(_ file: FAQFileResult) -> [String] {
        let n = count(file)
        var lines = ["  <testsuite name=\"\(attr(file.file))\" tests=\"\(n.tests)\" failures=\"\(n.failures)\" "
                     + "errors=\"\(n.errors)\" time=\"\(seconds(file.duration))\">"]
        if file.isMalformed {
            let text = FAQReport.details(malformed: file).joined(separator: "\n")
            lines.append("    <testcase classname=\"\(attr(file.file))\" name=\"(suite)\" time=\"0.000\">")
            lines.append("      <error message=\"\(attr(file.suiteErrors.first?.description ?? "malformed suite"))\">"
                         + body(text) + "</error>")
            lines.append("    </testcase>")
        }
        for c in file.cases { lines += testcase(c) }
        lines.append("  </testsuite>")
        return lines
    }

    static func testcase(_ c: FAQCaseResult) -> [String] {
        let open = "    <testcase classname=\"\(attr(c.file))\" name=\"\(attr(c.name))\" time=\"\(seconds(c.duration))\""
        guard !c.passed else { return [open + "/>"] }
        let details = FAQReport.details(c).joined(separator: "\n")
        let tag = c.error == nil ? "failure" : "error"
        return [open + ">",
                "      <\(tag) message=\"\(attr(message(c)))\">" + body(details) + "</\(tag)>",
                "    </testcase>"]
    }

    /// A one-line summary: the first miss or the error.
    static func message(_ c: FAQCaseResult) -> String {
        if let error = c.error { return error.message }
        guard let f = c.failures.first, let m = f.mismatches.first else { return "failed" }
        return "turn \(f.number): \(m.key) expected \(m.expected), got \(m.got)"
    }

    static func count(_ file: FAQFileResult) -> (tests: Int, failures: Int, errors: Int) {
        let malformed = file.isMalformed ? 1 : 0
        let errors = file.cases.filter { $0.error != nil }.count + malformed
        let failures = file.cases.filter { $0.error == nil && !$0.passed }.count
        return (file.cases.count + malformed, failures, errors)
    }

    static func seconds(_ d: Duration) -> String {
        let (s, attos) = d.components
        let millis = max(0, s * 1000 + attos / 1_000_000_000_000_000)
        let frac = millis % 1000
        return "\(millis / 1000)." + String(repeating: "0", count: 3 - String(frac).count) + "\(frac)"
    }

    static func attr(_ s: String) -> String { XMLText.escape(s, attribute: true) }
    static func body(_ s: String) -> String { XMLText.escape(s) }
}
