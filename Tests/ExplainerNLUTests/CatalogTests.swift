import Foundation
import Testing
@testable import ExplainerNLU

@Suite struct CatalogTests {
    static let outOfScope = """
        id: out_of_scope
        description: {zh: 无关, en: unrelated}
        plugin: smalltalk
        examples:
          zh: [今天天气怎么样]
          en: [what is the weather]
        """

    static func intent(_ id: String, plugin: String = "p", zh: [String] = ["问题一"], en: [String] = ["question one"]) -> String {
        """
        id: \(id)
        description: {zh: 描述, en: description}
        plugin: \(plugin)
        examples:
          zh: [\(zh.joined(separator: ", "))]
          en: [\(en.joined(separator: ", "))]
        """
    }

    /// The issues of a directory made of `files` plus a valid out_of_scope.yaml, with the
    /// directory path shortened to `intents` and only errors unless `warnings`.
    func issues(_ files: [String: String], warnings: Bool = false) throws -> [String] {
        var all = files
        if all["out_of_scope.yaml"] == nil { all["out_of_scope.yaml"] = Self.outOfScope }
        let dir = try Fixtures.directory(all)
        defer { try? FileManager.default.removeItem(at: dir) }
        return IntentCatalog.check(directory: dir.path)
            .filter { warnings || $0.severity == .error }
            .map { $0.description.replacingOccurrences(of: dir.path, with: "intents") }
    }

    @Test func realIntentsLoadWithoutErrorsOrWarnings() throws {
        let issues = IntentCatalog.check(directory: Fixtures.intentsDirectory)
        #expect(issues.map(\.description) == [])
        let catalog = try #require(Fixtures.catalog)
        #expect(Set(catalog.intents.map(\.id)) == Set(IntentID.all))
        #expect(catalog.pluginIDs == ["repayment", "borrowing", "available", "limit_change", "disbursement", "huabei",
                                      "opening", "score", "improvement", "timeline", "appeal", "status", "smalltalk"])
        #expect(catalog.plugin(for: "limit_tiny") == "available")
    }

    @Test func everyDiagnosticIntentHasThirtyExamplesPerLanguage() throws {
        let catalog = try #require(Fixtures.catalog)
        for id in IntentID.diagnostic {
            let intent = try #require(catalog.intent(id))
            for language in Language.allCases {
                #expect(intent.examples(in: language).count >= 30, "\(id) \(language)")
            }
        }
    }

    @Test func yamlSyntaxErrorNamesFileAndLine() throws {
        let broken = "id: limit_tiny\nplugin: available\nexamples:\n  zh: [a, b\n  en: [c]\n"
        let found = try issues(["limit_tiny.yaml": broken])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("intents/limit_tiny.yaml:5: error: YAML syntax error: ") == true)
    }

    @Test func missingPluginAndDescription() throws {
        let text = "id: limit_tiny\nexamples:\n  zh: [额度只有一块]\n  en: [only one yuan]\n"
        #expect(try issues(["limit_tiny.yaml": text]) == [
            "intents/limit_tiny.yaml:1: error: 'plugin' is missing",
            "intents/limit_tiny.yaml:1: error: 'description' is missing (give zh and en texts)",
        ])
    }

    @Test func idMustMatchFileNameAndBeKnown() throws {
        #expect(try issues(["limit_tiny.yaml": Self.intent("limit_dropped")]) == [
            "intents/limit_tiny.yaml:1: error: id 'limit_dropped' does not match the file name (expected 'limit_tiny')",
        ])
        let unknown = try issues(["limit_huge.yaml": Self.intent("limit_huge")])
        #expect(unknown.count == 1)
        #expect(unknown.first?.hasPrefix("intents/limit_huge.yaml:1: error: unknown intent id 'limit_huge'; the ids are: borrow_blocked_after_repayment,") == true)
    }

    @Test func missingTranslationIsAnError() throws {
        let text = "id: appeal\ndescription: {zh: 申诉, en: appeal}\nplugin: appeal\nexamples:\n  zh: [怎么申诉]\n"
        #expect(try issues(["appeal.yaml": text]) == ["intents/appeal.yaml:4: error: no en examples (missing translation)"])
    }

    @Test func sameExampleInTwoIntentsAfterNormalisation() throws {
        let found = try issues([
            "_traditional.yaml": "麼: 么\n訴: 诉\n",
            "appeal.yaml": Self.intent("appeal", zh: ["怎么申诉"]),
            "help.yaml": Self.intent("help", zh: ["怎麼申訴？"], en: ["help me"]),
        ])
        #expect(found == ["intents/help.yaml:5: error: the same question (after normalisation) is an example of 'appeal' too (intents/appeal.yaml:5)"])
    }

    @Test func synonymVariantWithTwoCanonicalTokens() throws {
        let found = try issues([
            "_synonyms.yaml": "借呗: [jb, jiebei]\n花呗: [hb, JB]\n",
            "appeal.yaml": Self.intent("appeal"),
        ])
        #expect(found == ["intents/_synonyms.yaml:2: error: the synonym 'JB' points to two canonical tokens: '借呗' (intents/_synonyms.yaml:1) and '花呗'"])
    }

    @Test func tooFewExamplesIsAWarningOnly() throws {
        let found = try issues(["appeal.yaml": Self.intent("appeal")], warnings: true)
        #expect(found.contains("intents/appeal.yaml:5: warning: only 1 zh examples; a diagnostic intent needs at least 30"))
        #expect(!found.contains { $0.contains(": error: ") })
    }

    @Test func badMatcherSettingIsReported() throws {
        let found = try issues(["_matcher.yaml": "threshold: 2\nambiguity: 0.1\n", "appeal.yaml": Self.intent("appeal")])
        #expect(found == ["intents/_matcher.yaml:1: error: 'threshold' must be a number from 0.0 to 1.0"])
    }

    @Test func choicePhrasesMustBeDigitFreeAndKnownOrdinals() throws {
        let followUps = "choices:\n  second:\n    zh: [第2个]\n    en: [the second one]\n  fifth:\n    en: [fifth]\n"
        let found = try issues(["_followups.yaml": followUps, "appeal.yaml": Self.intent("appeal")])
        #expect(found == [
            "intents/_followups.yaml:3: error: the choice phrase '第2个' has a digit; digits are accepted without being listed",
            "intents/_followups.yaml:5: error: unknown choice 'fifth' (expected first, second, third, fourth)",
        ])
    }

    @Test func loadThrowsEveryErrorAsCompilerLines() throws {
        let dir = try Fixtures.directory(["limit_tiny.yaml": "id: limit_tiny\n", "out_of_scope.yaml": Self.outOfScope])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: CatalogError.self) { try IntentCatalog.load(directory: dir.path) }
        do {
            _ = try IntentCatalog.load(directory: dir.path)
        } catch {
            #expect(error.description.replacingOccurrences(of: dir.path, with: "intents") == """
                intents/limit_tiny.yaml:1: error: 'plugin' is missing
                intents/limit_tiny.yaml:1: error: 'description' is missing (give zh and en texts)
                intents/limit_tiny.yaml:1: error: 'examples' is missing (give zh and en lists)
                """)
        }
    }

    @Test func missingDirectoryIsOneSentence() {
        #expect(IntentCatalog.check(directory: "/nonexistent/intents").map(\.description)
                == ["/nonexistent/intents: error: is not a readable directory of intent files"])
    }
}

@Suite struct CatalogSynonymTests {
    @Test func perIntentSynonymsJoinTheSharedTable() throws {
        let appeal = """
            id: appeal
            description: {zh: 申诉, en: appeal}
            plugin: appeal
            examples:
              zh: [怎么申诉]
              en: [how do I appeal]
            synonyms:
              申诉: [喊冤, protest]
            """
        let dir = try Fixtures.directory(["appeal.yaml": appeal, "out_of_scope.yaml": CatalogTests.outOfScope])
        defer { try? FileManager.default.removeItem(at: dir) }
        let catalog = try IntentCatalog.load(directory: dir.path)
        #expect(catalog.normalizer.normalize("我要喊冤").text == "我要申诉")
        #expect(catalog.normalizer.normalize("I protest").text == "i 申诉")
    }

    @Test func domainTermsMatchWholeLatinWordsOnly() {
        let terms = DomainTerms(terms: ["借", "credit"])
        #expect(terms.occurs(in: Array("我想借钱".unicodeScalars.map(\.value))))
        #expect(terms.occurs(in: Array("my credit is bad".unicodeScalars.map(\.value))))
        #expect(!terms.occurs(in: Array("discredited".unicodeScalars.map(\.value))))
        #expect(!terms.occurs(in: Array("今天天气".unicodeScalars.map(\.value))))
    }
}
