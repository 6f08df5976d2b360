extension Terminal {
    /// `text` with every amount (`¥1,200`, `¥1,200.50`, `-¥30`) and every ISO date
    /// (`2026-12-04`) in bold; unchanged when styling is off.
    ///
    /// A scan, not a regular expression: a date is four digits, `-`, two digits, `-`, two
    /// digits, not touching another digit; an amount is `¥` (after an optional `-`) followed
    /// by digits, commas and at most one decimal point followed by a digit.
    public func emphasizingFigures(_ text: String) -> String {
        guard isStyled else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            if let end = Self.figureEnd(in: characters, at: index) {
                result += bold(String(characters[index..<end]))
                index = end
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// The end of an amount or date starting at `start`, or nil when none starts there.
    static func figureEnd(in characters: [Character], at start: Int) -> Int? {
        amountEnd(in: characters, at: start) ?? dateEnd(in: characters, at: start)
    }

    static func amountEnd(in characters: [Character], at start: Int) -> Int? {
        var index = start
        if characters[index] == "-" { index += 1 }
        guard index < characters.count, characters[index] == "¥" else { return nil }
        index += 1
        guard index < characters.count, characters[index].isASCIIDigit else { return nil }
        while index < characters.count, characters[index].isASCIIDigit || continuesAmount(characters, index) {
            index += 1
        }
        return index
    }

    /// A comma or a point inside an amount: followed by a digit (so `¥1,200, then` stops at the comma).
    private static func continuesAmount(_ characters: [Character], _ index: Int) -> Bool {
        guard characters[index] == "," || characters[index] == "." else { return false }
        return index + 1 < characters.count && characters[index + 1].isASCIIDigit
    }

    static func dateEnd(in characters: [Character], at start: Int) -> Int? {
        let pattern = Array("dddd-dd-dd")
        let end = start + pattern.count
        guard end <= characters.count else { return nil }
        if start > 0, characters[start - 1].isASCIIDigit { return nil }
        if end < characters.count, characters[end].isASCIIDigit { return nil }
        for (offset, expected) in pattern.enumerated() {
            let character = characters[start + offset]
            let matches = expected == "d" ? character.isASCIIDigit : character == expected
            if !matches { return nil }
        }
        return end
    }
}

extension Character {
    /// `0`…`9` only (not other scripts' digits).
    var isASCIIDigit: Bool {
        isASCII && isWholeNumber
    }
}
