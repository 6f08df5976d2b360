import Testing
@testable import ExplainerChat

@Suite("Terminal styling")
struct TerminalTests {
    private let styled = Terminal(isStyled: true)
    private let plain = Terminal(isStyled: false)

    @Test("styles only on a terminal, without NO_COLOR (any non-empty value) and not TERM=dumb")
    func detection() {
        #expect(Terminal(environment: [:], outputIsTerminal: true).isStyled)
        #expect(!Terminal(environment: [:], outputIsTerminal: false).isStyled)
        #expect(!Terminal(environment: ["NO_COLOR": "1"], outputIsTerminal: true).isStyled)
        #expect(!Terminal(environment: ["NO_COLOR": "0"], outputIsTerminal: true).isStyled)
        #expect(Terminal(environment: ["NO_COLOR": ""], outputIsTerminal: true).isStyled)
        #expect(!Terminal(environment: ["TERM": "dumb"], outputIsTerminal: true).isStyled)
    }

    @Test("bold, dim and colour wrap in SGR codes, or leave the text alone")
    func styles() {
        #expect(styled.bold("x") == "\u{1B}[1mx\u{1B}[0m")
        #expect(styled.dim("x") == "\u{1B}[2mx\u{1B}[0m")
        #expect(styled.colored("x", .red) == "\u{1B}[31mx\u{1B}[0m")
        #expect(styled.bold("") == "")
        #expect(plain.bold("x") == "x")
        #expect(plain.colored("x", .green) == "x")
    }

    @Test("amounts and dates are bold; nothing else is")
    func emphasis() {
        let b = { (text: String) in "\u{1B}[1m\(text)\u{1B}[0m" }
        #expect(styled.emphasizingFigures("Repay ¥1,200 by 2026-12-04.") == "Repay \(b("¥1,200")) by \(b("2026-12-04")).")
        #expect(styled.emphasizingFigures("余额 ¥1,200.50，到 2026-12-04 为止") == "余额 \(b("¥1,200.50"))，到 \(b("2026-12-04")) 为止")
        #expect(styled.emphasizingFigures("refund -¥30, then ¥5") == "refund \(b("-¥30")), then \(b("¥5"))")
        #expect(styled.emphasizingFigures("¥ 5, ¥x, 12026-12-04, 2026-12-045, 2026-1-04") == "¥ 5, ¥x, 12026-12-04, 2026-12-045, 2026-1-04")
        #expect(styled.emphasizingFigures("at the end 2026-12-04") == "at the end \(b("2026-12-04"))")
        #expect(plain.emphasizingFigures("Repay ¥1,200 by 2026-12-04.") == "Repay ¥1,200 by 2026-12-04.")
    }

    @Test("a numbered list aligns numbers and indents continuation lines")
    func numberedList() {
        #expect(plain.numberedList(["Jiebei", "Huabei\nsecond line"]) == "1. Jiebei\n2. Huabei\n   second line")
        let ten = plain.numberedList((1...10).map { "item \($0)" })
        #expect(ten.hasPrefix(" 1. item 1\n 2. item 2\n"))
        #expect(ten.hasSuffix("\n10. item 10"))
        #expect(styled.numberedList(["a"]) == "\u{1B}[1m1.\u{1B}[0m a")
        #expect(plain.numberedList([]) == "")
    }

    @Test("a ranked list shows each item's rank")
    func rankedList() {
        let items = [RankedItem(rank: 1, text: "Overdue ¥1,200"), RankedItem(rank: 12, text: "Too many applications")]
        #expect(plain.rankedList(items) == " #1 Overdue ¥1,200\n#12 Too many applications")
    }
}
