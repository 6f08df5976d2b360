extension FAQExpectation {
    /// The expectations `reply` does not meet, in the order of ``FAQSuiteParser/expectKeys``.
    public func mismatches(in reply: FAQObservation) -> [FAQMismatch] {
        var out: [FAQMismatch] = []
        if let intent, reply.intent != intent {
            out.append(FAQMismatch(key: "intent", expected: intent,
                                   got: "\(reply.intent) (confidence \(Self.format(reply.confidence)))"))
        }
        if let reasons, !Self.reasonsLead(reasons.map(\.rawValue), reply.reasonCodes) {
            out.append(FAQMismatch(key: "reasons", expected: Self.leading(reasons.map(\.rawValue)),
                                   got: Self.list(reply.reasonCodes)))
        }
        if let steps, !Self.stepsAppear(steps, reply.stepCodes) {
            out.append(FAQMismatch(key: "steps", expected: Self.inOrder(steps), got: Self.list(reply.stepCodes)))
        }
        out += textMismatches(in: reply)
        if let clarify, reply.clarify != clarify {
            out.append(FAQMismatch(key: "clarify", expected: String(clarify), got: String(reply.clarify)))
        }
        if let language, reply.language != language {
            out.append(FAQMismatch(key: "language", expected: language, got: reply.language))
        }
        return out
    }

    func textMismatches(in reply: FAQObservation) -> [FAQMismatch] {
        var out: [FAQMismatch] = []
        for s in contains where !reply.text.contains(s) {
            out.append(FAQMismatch(key: "contains \(Self.quote(s))", expected: "the reply contains it", got: "not found"))
        }
        for s in notContains where reply.text.contains(s) {
            out.append(FAQMismatch(key: "not_contains \(Self.quote(s))", expected: "the reply does not contain it",
                                   got: "found"))
        }
        return out
    }

    /// `expected` leads `actual` in order; an empty `expected` means no reasons at all.
    static func reasonsLead(_ expected: [String], _ actual: [String]) -> Bool {
        expected.isEmpty ? actual.isEmpty : actual.starts(with: expected)
    }

    /// `expected` appears in `actual` in order, other codes may come between; empty means none at all.
    static func stepsAppear(_ expected: [String], _ actual: [String]) -> Bool {
        guard !expected.isEmpty else { return actual.isEmpty }
        var rest = actual[...]
        for code in expected {
            guard let i = rest.firstIndex(of: code) else { return false }
            rest = rest[(i + 1)...]
        }
        return true
    }

    static func leading(_ codes: [String]) -> String {
        codes.isEmpty ? "no reasons" : codes.joined(separator: ", ") + (codes.count == 1 ? " first" : " first, in this order")
    }

    static func inOrder(_ codes: [String]) -> String {
        codes.isEmpty ? "no steps" : codes.joined(separator: ", ") + (codes.count == 1 ? "" : ", in this order")
    }

    static func list(_ codes: [String]) -> String {
        codes.isEmpty ? "(none)" : codes.joined(separator: ", ")
    }

    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Two decimals, independent of locale.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let a = abs(hundredths)
        return sign + "\(a / 100)." + (a % 100 < 10 ? "0" : "") + "\(a % 100)"
    }
}
