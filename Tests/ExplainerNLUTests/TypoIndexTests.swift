import Testing
@testable import ExplainerNLU

@Suite struct TypoIndexTests {
    func units(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    @Test func readsOneLetterSlipsOfEnglishVariants() {
        let index = TypoIndex(variants: ["borrow": "借款", "disbursement": "放款", "locked": "冻结"], knownWords: ["looked"])
        func corrected(_ w: String) -> String? {
            index.correct(units(w)[...]).map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
        }
        #expect(corrected("borow") == "借款")          // a letter left out
        #expect(corrected("borrrow") == "借款")        // a letter added
        #expect(corrected("borrwo") == "借款")         // neighbours swapped
        #expect(corrected("disbursment") == "放款")
        #expect(corrected("barrow") == nil)            // a changed letter is not a typo here
        #expect(corrected("looked") == nil)            // a known word
        #expect(corrected("borrow") == nil)            // the variant itself is the synonym table's job
        #expect(corrected("bor") == nil)               // too short
    }

    @Test func aKeyOfTwoCanonicalTokensCorrectsNothing() {
        let index = TypoIndex(variants: ["closed": "关闭", "closet": "衣柜"], knownWords: [])
        #expect(index.correct(units("close")[...]) == nil)   // closed or closet?
        #expect(index.correct(units("closd")[...]) != nil)
    }

    @Test func realCatalogReadsMisspeltBorrowButNotOtherWords() throws {
        let n = try #require(Fixtures.catalog).normalizer
        #expect(n.normalize("why cant i borrrow").text == n.normalize("why cant i borrow").text)
        #expect(n.normalize("my phone needs repair").text == "my phone needs repair")
        #expect(n.normalize("i was sending money").text == "i was sending money")
    }
}
