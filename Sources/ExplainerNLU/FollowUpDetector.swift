/// Recognises a bare follow-up: a message with no content of its own that refers to
/// the last answer ("why?", "那怎么办", "how long?", "tell me more").
///
/// The message is normalised, filler words at either end are dropped ("那", "呢",
/// "so", "ok"…), and what remains must equal one of the phrases of
/// `_followups.yaml` exactly. So "为什么？" and "那为什么呢" are `.why`, while
/// "为什么借呗借不了" is not a follow-up at all (it has content: match it instead).
///
/// It also reads the answer to a clarifying question ("Do you mean 1 … or 2 …?"):
/// ``choice(_:)`` accepts a digit, or one of the `choices` phrases ("第二个", "the
/// second one"), with the same fillers dropped ("那就第二个吧" → 2).
public struct FollowUpDetector: Sendable {
    private let normalizer: Normalizer
    /// Filler phrases as scalar values, longest first.
    private let fillers: [[UInt32]]
    private let kinds: [[UInt32]: FollowUpKind]
    private let choices: [[UInt32]: Int]

    /// A detector that recognises nothing.
    public static let none = FollowUpDetector(source: FollowUpSource(), normalizer: Normalizer())

    /// Builds a detector from phrases per kind, filler words and choice phrases per
    /// option number (all normalised here).
    public init(patterns: [FollowUpKind: [String]], fillers: [String], choices: [Int: [String]] = [:],
                normalizer: Normalizer = Normalizer()) {
        self.init(source: FollowUpSource(fillers: fillers, patterns: patterns, choices: choices), normalizer: normalizer)
    }

    init(source: FollowUpSource, normalizer: Normalizer) {
        self.normalizer = normalizer
        let fillerKeys = source.fillers.map { Self.compactUnits(normalizer.surfaceUnits($0).0) }.filter { !$0.isEmpty }
        let fillers = fillerKeys.sorted { $0.count > $1.count }
        self.fillers = fillers
        var kinds: [[UInt32]: FollowUpKind] = [:]
        for kind in FollowUpKind.allCases {
            for phrase in source.patterns[kind] ?? [] {
                let key = Self.strip(Self.compactUnits(normalizer.surfaceUnits(phrase).0), fillers: fillers)
                if !key.isEmpty && kinds[key] == nil { kinds[key] = kind }
            }
        }
        self.kinds = kinds
        var choices: [[UInt32]: Int] = [:]
        for (option, phrases) in source.choices {
            for phrase in phrases {
                let key = Self.strip(Self.compactUnits(normalizer.surfaceUnits(phrase).0), fillers: fillers)
                if !key.isEmpty && choices[key] == nil { choices[key] = option }
            }
        }
        self.choices = choices
    }

    /// The option (1-based) a reply to a clarifying question picks: a bare digit
    /// ("2", "２") or a `choices` phrase ("第二个", "the second one"); nil otherwise.
    /// The caller checks the option against the number of options it offered.
    public func choice(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let folded = String(String.UnicodeScalarView(normalizer.fold(trimmed).compactMap(Unicode.Scalar.init)))
        if let number = Int(folded) { return number }
        let units = normalizer.surfaceUnits(trimmed).0
        guard units.count <= 40 else { return nil }
        let key = Self.strip(Self.compactUnits(units), fillers: fillers)
        return key.isEmpty ? nil : choices[key]
    }

    /// The follow-up kind of `text`, or nil when it is not a bare follow-up.
    public func detect(_ text: String) -> FollowUpKind? {
        let units = normalizer.surfaceUnits(text).0
        guard units.count <= 40 else { return nil }
        let key = Self.strip(Self.compactUnits(units), fillers: fillers)
        return key.isEmpty ? nil : kinds[key]
    }

    /// The text with spaces removed next to Han characters ("那 怎么办" → "那怎么办").
    static func compact(_ units: [UInt32]) -> String {
        String(String.UnicodeScalarView(compactUnits(units).compactMap(Unicode.Scalar.init)))
    }

    /// ``compact(_:)`` as scalar values.
    static func compactUnits(_ units: [UInt32]) -> [UInt32] {
        var kept: [UInt32] = []
        kept.reserveCapacity(units.count)
        for (i, u) in units.enumerated() {
            if u == ScalarClass.space {
                let before = i > 0 && ScalarClass.isHanLike(units[i - 1])
                let after = i + 1 < units.count && ScalarClass.isHanLike(units[i + 1])
                if before || after { continue }
            }
            if Unicode.Scalar(u) != nil { kept.append(u) }
        }
        return kept
    }

    /// Drops fillers at either end, repeatedly ("so then why" → "why", "那为什么呢" → "为什么"),
    /// over scalar values (the text is normalised, so one scalar is one character).
    static func strip(_ text: [UInt32], fillers: [[UInt32]]) -> [UInt32] {
        var start = 0, end = text.count
        var changed = true
        while changed && start < end {
            changed = false
            for f in fillers {
                let n = f.count
                guard end - start > n else { continue }
                if text[start..<start + n].elementsEqual(f), boundary(text[start + n - 1], text[start + n]) {
                    start += n
                    while start < end && text[start] == ScalarClass.space { start += 1 }
                    changed = true
                } else if text[end - n..<end].elementsEqual(f), boundary(text[end - n], text[end - n - 1]) {
                    end -= n
                    while end > start && text[end - 1] == ScalarClass.space { end -= 1 }
                    changed = true
                }
            }
        }
        return Array(text[start..<end])
    }

    /// A Latin filler must end at a word boundary ("so" is not the start of "soon"):
    /// `inside` is the filler's letter at the cut, `outside` the text's next to it.
    private static func boundary(_ inside: UInt32, _ outside: UInt32) -> Bool {
        !(isLatinWordUnit(inside) && isLatinWordUnit(outside))
    }

    private static func isLatinWordUnit(_ u: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(u) else { return false }
        return scalar.isASCII && scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
