import ExplainerCore

/// A customer-facing sentence with `{placeholders}` filled from evidence.
///
/// A template may list alternatives; the first whose placeholders are all available is used.
/// Literal text may not contain digits: every number a customer reads comes from evidence
/// (`explainer check` reports `literal number "24" in a template: take it from the evidence`).
public struct Template: Sendable, Hashable {
    public var alternatives: [String] { didSet { parsed = alternatives.map(Self.segments) } }
    public var line: Int?
    /// Each alternative split once into literal text and placeholder names, so filling a
    /// template on every answer does not walk its characters again.
    private var parsed: [[Segment]]

    enum Segment: Sendable, Hashable {
        case text(String)
        case key(String)
    }

    public init(_ alternatives: [String], line: Int? = nil) {
        self.alternatives = alternatives; self.line = line
        self.parsed = alternatives.map(Self.segments)
    }

    static func segments(_ text: String) -> [Segment] {
        var out: [Segment] = []
        var literal = "", key: String?
        for ch in text {
            if ch == "{" {
                if let k = key { literal += "{" + k }
                key = ""
            } else if ch == "}", let k = key {
                if !literal.isEmpty { out.append(.text(literal)); literal = "" }
                out.append(.key(k)); key = nil
            } else if key != nil {
                key!.append(ch)
            } else {
                literal.append(ch)
            }
        }
        if let k = key { literal += "{" + k }
        if !literal.isEmpty { out.append(.text(literal)) }
        return out
    }

    /// The placeholder names used by one alternative.
    public static func placeholders(in text: String) -> [String] {
        var out: [String] = []
        var current: String?
        for ch in text {
            if ch == "{" { current = "" }
            else if ch == "}" { if let c = current { out.append(c) }; current = nil }
            else if current != nil { current!.append(ch) }
        }
        return out
    }

    /// Digits that appear outside placeholders.
    public static func literalNumbers(in text: String) -> [String] {
        var out: [String] = []
        var depth = 0, run = ""
        for ch in text {
            if ch == "{" { depth += 1 } else if ch == "}" { depth = max(0, depth - 1) }
            if depth == 0, ch.isASCII, ch.isNumber { run.append(ch) } else if !run.isEmpty { out.append(run); run = "" }
        }
        if !run.isEmpty { out.append(run) }
        return out
    }

    /// Fills the first alternative whose placeholders `value` can all answer; nil if none can.
    public func fill(_ value: (String) -> String?) -> String? {
        alternativeLoop: for segments in parsed {
            var out = ""
            for segment in segments {
                switch segment {
                case .text(let t): out += t
                case .key(let k):
                    guard let v = value(k) else { continue alternativeLoop }
                    out += v
                }
            }
            return out
        }
        return nil
    }
}

/// A text in both languages.
public struct Localized: Sendable, Hashable {
    public var zh: Template
    public var en: Template
    public init(zh: Template, en: Template) { self.zh = zh; self.en = en }
    public subscript(_ lang: Lang) -> Template { lang == .zh ? zh : en }
}
