import Foundation
import Testing
@testable import ExplainerCore
@testable import ExplainerKnowledge

/// The real knowledge/ files: they load cleanly, and every sentence a customer can be
/// shown renders from the evidence the model provides, in both languages.
@Suite struct KnowledgeFilesTests {
    /// The repository root: three levels up from this file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = root.appendingPathComponent("knowledge").path

    static func knowledge() throws -> Knowledge {
        try KnowledgeLoader.load(directory: directory)
    }

    // MARK: loading

    @Test func realKnowledgeLoadsWithoutErrors() {
        do {
            _ = try KnowledgeLoader.load(directory: Self.directory)
        } catch {
            Issue.record("knowledge/ failed to load:\n\(error.description)")
        }
    }

    @Test func realKnowledgeHasNoWarnings() throws {
        let k = try Self.knowledge()
        var files: [String: YAMLFile] = [:]
        for name in KnowledgeLoader.files {
            files[name] = try YAMLFile.load((Self.directory as NSString).appendingPathComponent(name))
        }
        let problems = KnowledgeChecker.check(k, files: files)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    // MARK: reasons

    @Test(arguments: ReasonCode.allCases, Lang.allCases)
    func reasonRendersFromAlwaysKeys(code: ReasonCode, lang: Lang) throws {
        let finding = Samples.finding(code, keys: code.evidenceKeys.always)
        try assertRenders(finding, lang: lang)
    }

    @Test(arguments: ReasonCode.allCases, Lang.allCases)
    func reasonRendersFromEveryKey(code: ReasonCode, lang: Lang) throws {
        let finding = Samples.finding(code, keys: code.evidenceKeys.all)
        try assertRenders(finding, lang: lang)
    }

    @Test(arguments: ReasonCode.allCases, Lang.allCases)
    func titleAndAdviceHaveNoPlaceholders(code: ReasonCode, lang: Lang) throws {
        let r = Renderer(knowledge: try Self.knowledge(), lang: lang)
        let title = r.title(code)
        #expect(title != code.rawValue && !title.isEmpty && !title.contains("{"))
        if try Self.knowledge().reasons[code]?.advice != nil {
            #expect(r.advice(code)?.isEmpty == false, "\(code.rawValue) advice cannot be filled")
        }
    }

    @Test(arguments: Lang.allCases)
    func notOpenedWithNoOtherBlockerSaysNoEmptyList(lang: Lang) throws {
        let r = Renderer(knowledge: try Self.knowledge(), lang: lang)
        var finding = Samples.finding(.NOT_OPENED, keys: ReasonCode.NOT_OPENED.evidenceKeys.always)
        finding.evidence = finding.evidence.map { $0.key == "blockers" ? Evidence("blockers", .list([]), field: $0.field, asOf: $0.asOf) : $0 }
        let text = try #require(r.reason(finding))
        #expect(!text.contains("：。") && !text.contains(": .") && !text.hasSuffix(":."), "\(text)")
        #expect(text.contains(r.term("jiebei")))
    }

    @Test func lowestAlternativesAreChosenWhenOnlyAlwaysKeysArePresent() throws {
        // FUNDING_QUOTA_EXHAUSTED and BANK_CARD_PROBLEM have no `always` keys: their last,
        // placeholder-free sentences are what a bare finding gets.
        let r = Renderer(knowledge: try Self.knowledge(), lang: .en)
        let funding = try #require(r.reason(Samples.finding(.FUNDING_QUOTA_EXHAUSTED, keys: [])))
        #expect(funding == "The platform's lending funds are running short, so loans can't be paid out right now. Please try again later, or try a smaller amount.")
        let card = Samples.finding(.BANK_CARD_PROBLEM, keys: ["failure", "failed_at", "amount"])
        #expect(r.reason(card) == "Your loan of ¥3,000 requested on 2026-11-18 09:00 wasn't paid out because the bank card has expired. If you've since updated your card, you can apply again.")
    }

    @Test func currentOverdueReadsAsTheDesignSays() throws {
        let finding = Samples.finding(.CURRENT_OVERDUE, keys: ReasonCode.CURRENT_OVERDUE.evidenceKeys.always)
        let zh = Renderer(knowledge: try Self.knowledge(), lang: .zh).reason(finding)
        let en = Renderer(knowledge: try Self.knowledge(), lang: .en).reason(finding)
        #expect(zh == "您的借呗借款 L-88 在 2026-10-01 到期，至今还没有还清，已逾期 50 天；目前逾期未还的金额合计 ¥1,234。")
        #expect(en == "Your Jiebei loan L-88 fell due on 2026-10-01 and is still unpaid (days overdue: 50). In total, ¥1,234 is overdue on your account.")
    }

    /// Renders `finding` and checks: it fills, every value it uses is in the text as
    /// formatted, no number in the text comes from anywhere else, and confidential codes
    /// show nothing but their clearing date.
    func assertRenders(_ finding: Finding, lang: Lang, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let k = try Self.knowledge()
        let r = Renderer(knowledge: k, lang: lang)
        let name = "\(finding.code.rawValue).\(lang.rawValue)"
        guard let text = r.reason(finding) else {
            Issue.record("\(name) cannot be rendered from keys \(finding.evidence.map(\.key).sorted())", sourceLocation: sourceLocation)
            return
        }
        #expect(!text.contains("{") && !text.contains("}"), "\(name): \(text)", sourceLocation: sourceLocation)
        let template = try #require(k.reasons[finding.code]?.text[lang])
        let used = Samples.chosenAlternative(template, finding: finding).map(Template.placeholders) ?? []
        var shownValues: [String] = []
        for key in used {
            let shown = try #require(finding.value(key).map(r.format))
            #expect(text.contains(shown), "\(name) should show \(key) as \"\(shown)\": \(text)", sourceLocation: sourceLocation)
            shownValues.append(shown)
        }
        // Longest first, so "¥1" does not eat the start of "¥15,000".
        let rest = shownValues.sorted { $0.count > $1.count }.reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
        #expect(!rest.contains { $0.isASCII && $0.isNumber }, "\(name) has a number not from its evidence: \(text)",
                sourceLocation: sourceLocation)
        if finding.code.isConfidential {
            #expect(used.allSatisfy { $0 == "clears_at" }, "\(name) shows \(used)", sourceLocation: sourceLocation)
            let lower = text.lowercased()
            for word in KnowledgeChecker.confidentialWords {
                #expect(!lower.contains(word), "\(name) names \"\(word)\"", sourceLocation: sourceLocation)
            }
        }
    }

    // MARK: steps and answers

    @Test(arguments: Lang.allCases)
    func everyStepRendersWithItsValues(lang: Lang) throws {
        let r = Renderer(knowledge: try Self.knowledge(), lang: lang)
        let steps = Samples.steps()
        #expect(Set(steps.map(\.id)) == Set(RecoveryAction.stepEvidenceKeys.keys))
        for step in steps {
            let text = r.step(step)
            #expect(text?.isEmpty == false, "step \(step.id).\(lang.rawValue) cannot be rendered")
            for e in step.evidence {
                #expect(text?.contains(r.format(e.value)) == true, "step \(step.id).\(lang.rawValue) should show \(e.key): \(text ?? "nil")")
            }
        }
    }

    @Test(arguments: Lang.allCases)
    func everyAnswerRendersWithItsValues(lang: Lang) throws {
        let r = Renderer(knowledge: try Self.knowledge(), lang: lang)
        for (name, keys) in AnswerCatalog.required {
            let values = keys.reduce(into: [String: Evidence.Value]()) { out, key in out[key] = Samples.answerValue(key) }
            let text = r.answer(name, values)
            #expect(!text.isEmpty && !text.contains("{"), "answer \(name).\(lang.rawValue) cannot be rendered")
            for (key, value) in values {
                #expect(text.contains(r.format(value)), "answer \(name).\(lang.rawValue) should show \(key): \(text)")
            }
        }
    }

    @Test func generalCausesCoverEveryDiagnosticIntent() throws {
        let k = try Self.knowledge()
        for intent in AnswerCatalog.diagnosticIntents {
            let causes = try #require(k.general[intent], "\(intent)")
            #expect((3...6).contains(causes.zh.count) && (3...6).contains(causes.en.count), "\(intent)")
        }
    }

    // MARK: broken copies

    @Test func misspelledPlaceholderIsReportedWithFileAndLine() throws {
        let dir = try BrokenCopy(of: Self.directory)
        defer { dir.remove() }
        let line = try dir.edit("reasons.yaml", replacing: "Your loan of {amount} requested on {failed_at} wasn't paid out because the platform's lending funds had run out at the time. You can",
                                with: "Your loan of {amout} requested on {failed_at} wasn't paid out because the platform's lending funds had run out at the time. You can")
        // The other alternatives still fill, so this is the only error; a list is reported at its first item.
        #expect(loadErrors(dir.path) == ["\(dir.path)/reasons.yaml:\(line): FUNDING_QUOTA_EXHAUSTED.text.en uses {amout}, which the model never provides here"])
    }

    @Test func yamlSyntaxErrorIsReportedWithFileAndLine() throws {
        let dir = try BrokenCopy(of: Self.directory)
        defer { dir.remove() }
        // The classic slip: a colon inside an unquoted English sentence.
        let line = try dir.edit("answers.yaml", replacing: #"en: "You can borrow right now: {available} is available.""#,
                                with: "en: You can borrow right now: {available} is available.")
        #expect(loadErrors(dir.path) == ["\(dir.path)/answers.yaml:\(line): YAML syntax error: mapping values are not allowed in this context"])
    }

    func loadErrors(_ directory: String) -> [String] {
        do {
            _ = try KnowledgeLoader.load(directory: directory)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }
}

/// A temporary copy of knowledge/ to break on purpose.
struct BrokenCopy {
    let path: String

    init(of source: String) throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("knowledge-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: source, toPath: path)
    }

    /// Replaces `old` (which must occur once) with `new` in `file`; returns the 1-based line it is on.
    func edit(_ file: String, replacing old: String, with new: String) throws -> Int {
        let url = URL(fileURLWithPath: (path as NSString).appendingPathComponent(file))
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let hits = lines.indices.filter { lines[$0].contains(old) }
        try #require(hits.count == 1, "\(old) occurs \(hits.count) times in \(file)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        return hits[0] + 1
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
