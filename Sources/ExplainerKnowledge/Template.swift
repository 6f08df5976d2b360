import ExplainerCore

/// A customer-facing sentence with `{placeholders}` filled from evidence.
///
/// A template may list alternatives; the first whose placeholders are all available is used.
/// Literal text may not contain digits: every number a customer reads comes from evidence
/// (`explainer check` reports `literal number "24" in a template: take it from the evidence`).
public struct Template: Sendable, Hashable {
    public var alternatives: [String]
    public var line: Int?

    public init(_ alternatives: [String], line: Int? = nil) {
        self.alternatives = alternatives; self.line = line
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
        alternativeLoop: for alt in alternatives {
            var out = ""
            var key: String?
            for ch in alt {
                if ch == "{" { key = ""; continue }
                if ch == "}", let k = key {
                    guard let v = value(k) else { continue alternativeLoop }
                    out += v
                    key = nil
                    continue
                }
                if key != nil { key!.append(ch) } else { out.append(ch) }
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
