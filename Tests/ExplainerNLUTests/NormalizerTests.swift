import Testing
@testable import ExplainerNLU

@Suite struct NormalizerTests {
    let plain = Normalizer(traditional: CharacterTable(pairs: ["唄": "呗", "額": "额", "為": "为", "麼": "么"]))

    @Test func foldsTraditionalCharacters() {
        #expect(plain.normalize("借唄額度為什麼").text == "借呗额度为什么")
    }

    @Test func foldsFullWidthAndLowercases() {
        #expect(plain.normalize("ＡＢＣ１２３").text == "abc123")
        #expect(plain.normalize("Why Can't I BORROW").text == "why cant i borrow")
    }

    @Test func dropsPunctuationAndEmoji() {
        #expect(plain.normalize("借呗！！用不了😭😭？").text == "借呗 用不了")
        #expect(plain.normalize("help 🙏🏻 please…").text == "help please")
    }

    @Test(arguments: [
        ("额度只有¥5,000", 5000.0), ("借5000元", 5000), ("借5千", 5000), ("借五千", 5000),
        ("只有1块", 1), ("只有一元", 1), ("only ￥1.50 left", 1.5), ("想借2万", 20000),
        ("5k limit", 5000), ("两千块钱", 2000), ("300 rmb", 300),
    ])
    func extractsAmounts(text: String, yuan: Double) {
        let n = plain.normalize(text)
        #expect(n.amounts.map(\.yuan) == [yuan])
        #expect(n.text.contains("<amount>"))
    }

    @Test func ordinaryNumeralWordsAreNotAmounts() {
        #expect(plain.normalize("借呗一直用不了").amounts.isEmpty)
        #expect(plain.normalize("我十分着急").text == "我十分着急")
        #expect(plain.normalize("等了30天").text == "等了 <number> 天")
        #expect(plain.normalize("芝麻分600分").amounts.isEmpty)
    }

    @Test func amountTextKeepsWhatTheCustomerWrote() {
        #expect(plain.normalize("能借¥5,000吗").amounts == [Amount(yuan: 5000, text: "¥5,000")])
    }

    @Test func synonymsRewriteLongestMatchFirst() {
        var table = SynonymTable()
        table.add(variant: "jb", canonical: "借呗")
        table.add(variant: "cash loan", canonical: "借呗")
        table.add(variant: "loan", canonical: "借款")
        let n = Normalizer(synonyms: table)
        #expect(n.normalize("my cash loan").text == "my 借呗")
        #expect(n.normalize("a loan").text == "a 借款")
        #expect(n.normalize("jb用不了").text == "借呗用不了")
        #expect(n.normalize("jbl speaker").text == "jbl speaker")
    }

    @Test func realSynonymTableUnifiesProductNames() throws {
        let catalog = try #require(Fixtures.catalog)
        let texts = ["借唄", "jiebei", "JB", "蚂蚁借呗", "cash loan"].map { catalog.normalizer.normalize($0).text }
        #expect(Set(texts) == ["借呗"])
        #expect(catalog.normalizer.normalize("Huabei").text == "花呗")
    }
}
