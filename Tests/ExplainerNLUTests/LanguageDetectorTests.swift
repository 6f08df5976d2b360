import Testing
@testable import ExplainerNLU

@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("为什么借呗借不了", Language.zh),
        ("why can't I borrow", .en),
        ("我的 limit 为什么变少了", .zh),
        ("why is my 借呗 limit so low", .en),
        ("hb 用不了", .zh),
        ("Jiebei 为啥", .zh),
    ])
    func detects(text: String, language: Language) {
        #expect(LanguageDetector.detect(text) == language)
    }

    @Test func noLettersGivesTheFallback() {
        #expect(LanguageDetector.detect("？？ 123 😭", fallback: .en) == .en)
        #expect(LanguageDetector.detect("", fallback: .zh) == .zh)
    }

    @Test func normalizerReportsTheLanguageBeforeSynonyms() throws {
        let catalog = try #require(Fixtures.catalog)
        // "jiebei" becomes 借呗, but the message is still English.
        #expect(catalog.normalizer.normalize("why can't I use jiebei").language == .en)
    }
}
