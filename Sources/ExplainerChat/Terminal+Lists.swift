extension Terminal {
    /// Items numbered from 1, one per line, numbers right-aligned and bold; continuation lines
    /// of an item are indented under its text. No final newline.
    ///
    /// ```
    ///  1. Jiebei
    ///  2. Huabei
    /// ```
    /// (with ten or more items; with fewer the numbers take one column: `1. Jiebei`).
    public func numberedList(_ items: [String]) -> String {
        list(items.enumerated().map { (label: "\($0.offset + 1).", text: $0.element) })
    }

    /// Items with the rank each carries (e.g. the rank of a reason), as `#1 text`, in the order given.
    ///
    /// ```
    /// #1 Overdue ¥1,200 on loan L-88
    /// #2 Eight credit applications in 30 days
    /// ```
    public func rankedList(_ items: [RankedItem]) -> String {
        list(items.map { (label: "#\($0.rank)", text: $0.text) })
    }

    private func list(_ rows: [(label: String, text: String)]) -> String {
        let width = rows.map(\.label.count).max() ?? 0
        return rows.map { row in
            let pad = String(repeating: " ", count: width - row.label.count)
            let hanging = "\n" + String(repeating: " ", count: width + 1)
            let text = row.text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: hanging)
            return pad + bold(row.label) + " " + text
        }.joined(separator: "\n")
    }
}

/// One line of a ranked list: its rank and its text.
public struct RankedItem: Sendable, Hashable {
    public var rank: Int
    public var text: String

    public init(rank: Int, text: String) {
        self.rank = rank
        self.text = text
    }
}
