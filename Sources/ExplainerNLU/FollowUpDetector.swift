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
    private let fillers: [String]
    private let kinds: [String: FollowUpKind]
    private let choices: [String: Int]

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
        let fillerKeys = source.fillers.map { Self.compact(normalizer.surfaceUnits($0).0) }.filter { !$0.isEmpty }
        fillers = fillerKeys.sorted { $0.count > $1.count }
        var kinds: [String: FollowUpKind] = [:]
        for kind in FollowUpKind.allCases {
            for phrase in source.patterns[kind] ?? [] {
                let key = Self.strip(Self.compact(normalizer.surfaceUnits(phrase).0), fillers: fillers)
                if !key.isEmpty && kinds[key] == nil { kinds[key] = kind }
            }
        }
        self.kinds = kinds
        var choices: [String: Int] = [:]
        for (option, phrases) in source.choices {
            for phrase in phrases {
                let key = Self.strip(Self.compact(normalizer.surfaceUnits(phrase).0), fillers: fillers)
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
        let key = Self.strip(Self.compact(units), fillers: fillers)
        return key.isEmpty ? nil : choices[key]
    }

    /// The follow-up kind of `text`, or nil when it is not a bare follow-up.
    public func detect(_ text: String) -> FollowUpKind? {
        let units = normalizer.surfaceUnits(text).0
        guard units.count <= 40 else { return nil }
        let key = Self.strip(Self.compact(units), fillers: fillers)
        return key.isEmpty ? nil : kinds[key]
    }

    /// The text with spaces removed next to Han characters ("那 怎么办" → "那怎么办").
    static func compact(_ units: [UInt32]) -> String {
        var s = String.UnicodeScalarView()
        for (i, u) in units.enumerated() {
            if u == ScalarClass.space {
                let before = i > 0 && ScalarClass.isHanLike(units[i - 1])
                let after = i + 1 < units.count && ScalarClass.isHanLike(units[i + 1])
                if before || after { continue }
            }
            if let c = Unicode.Scalar(u) { s.append(c) }
        }
        return String(s)
    }

    /// Drops fillers at either end, repeatedly ("so then why" → "why", "那为什么呢" → "为什么").
    static func strip(_ text: String, fillers: [String]) -> String {
        var s = Substring(text)
        var changed = true
        while changed && !s.isEmpty {
            changed = false
            for f in fillers {
                if s.hasPrefix(f), s.count > f.count, boundary(s, f.count, atStart: true) {
                    s = s.dropFirst(f.count).drop { $0 == " " }
                    changed = true
                } else if s.hasSuffix(f), s.count > f.count, boundary(s, f.count, atStart: false) {
                    s = s.dropLast(f.count)
                    while s.last == " " { s = s.dropLast() }
                    changed = true
                }
            }
        }
        return String(s)
    }

    /// A Latin filler must end at a word boundary ("so" is not the start of "soon").
    private static func boundary(_ s: Substring, _ length: Int, atStart: Bool) -> Bool {
        let chars = Array(s)
        let inside = atStart ? chars[length - 1] : chars[chars.count - length]
        let outside = atStart ? chars[length] : chars[chars.count - length - 1]
        let isLatin = { (c: Character) in c.isLetter && c.isASCII || c.isNumber }
        return !(isLatin(inside) && isLatin(outside))
    }
}
