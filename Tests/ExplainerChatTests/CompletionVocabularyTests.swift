import Testing
@testable import ExplainerChat

@Suite("Tab completion vocabulary")
struct CompletionVocabularyTests {
    private let vocabulary = CompletionVocabulary(userIDs: ["C-1001", "C-1002", "D-2001", "C-1001"])

    private func assertCompletes(_ word: String, after before: String = "", to substitution: String?,
                                 matches: [String]? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let completion = vocabulary.complete(word, after: before)
        #expect(completion?.substitution == substitution, sourceLocation: sourceLocation)
        if let matches {
            #expect(completion?.matches == matches, sourceLocation: sourceLocation)
        }
    }

    @Test("the first word completes to a command")
    func commands() {
        assertCompletes(":us", to: ":user", matches: [":user"])
        assertCompletes(":US", to: ":user")
        assertCompletes(":re", to: ":re", matches: [":record", ":reset"])
        assertCompletes(":", to: ":", matches: [":user", ":lang", ":why", ":record", ":reset", ":help", ":quit"])
        assertCompletes(":x", to: nil)
        assertCompletes("why", to: nil)
    }

    @Test("after :user, customer ids, sorted and without duplicates")
    func userIDs() {
        assertCompletes("C-1", after: ":user ", to: "C-100", matches: ["C-1001", "C-1002"])
        assertCompletes("c-1001", after: ":user ", to: "C-1001", matches: ["C-1001"])
        assertCompletes("", after: ":user  ", to: "", matches: ["C-1001", "C-1002", "D-2001"])
        assertCompletes("D", after: "  :user\t", to: "D-2001")
        assertCompletes("Z", after: ":user ", to: nil)
    }

    @Test("after :lang, the languages")
    func languages() {
        assertCompletes("z", after: ":lang ", to: "zh")
        assertCompletes("", after: ":lang ", to: "", matches: ["auto", "zh", "en"])
    }

    @Test("nothing in questions, after other commands, or for a third word")
    func nothingElsewhere() {
        assertCompletes("C-1", after: "why ", to: nil)
        assertCompletes("C-1", after: ":why ", to: nil)
        assertCompletes("C-1", after: ":user C-1001 ", to: nil)
        assertCompletes(":us", after: "hello ", to: nil)
    }

    @Test("the common prefix keeps the first match's spelling")
    func commonPrefix() {
        #expect(CompletionVocabulary.commonPrefix(of: ["Abc1", "aBc2"], startingWith: "Abc1") == "Abc")
        #expect(CompletionVocabulary.commonPrefix(of: ["只有"], startingWith: "只有") == "只有")
        #expect(CompletionVocabulary.commonPrefix(of: ["ab", "abc"], startingWith: "ab") == "ab")
    }
}
