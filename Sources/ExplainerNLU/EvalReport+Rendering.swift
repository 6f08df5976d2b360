import Foundation

extension EvalReport {
    /// A plain-text report: summary, per-intent table, confusions, misclassified lines.
    public func renderText() -> String {
        var out: [String] = []
        out.append("Evaluation of \(source): \(total) lines (\(inScopeTotal) in scope, \(outOfScopeTotal) out of scope)")
        out.append("  accuracy (in scope):      \(pct(accuracy))  (\(inScopeCorrect)/\(inScopeTotal))")
        out.append("  out-of-scope rejection:   \(pct(outOfScopeRejection))  (\(outOfScopeRejected)/\(outOfScopeTotal))")
        out.append("  false rejections:         \(falseRejections)  (in-scope lines answered out of scope)")
        out.append("  false acceptances:        \(falseAcceptances)  (out-of-scope lines answered with an intent)")
        out.append("  clarify questions:        \(clarifyCount)  (\(clarifyContainingGold) offered the right intent)")
        if !badLines.isEmpty { out.append("  bad lines skipped:        \(badLines.count)") }
        out.append("")
        out.append(pad("intent", 32) + pad("precision", 11) + pad("recall", 9) + pad("f1", 8) + "support")
        for s in intents {
            out.append(pad(s.intent, 32) + pad(fixed(s.precision), 11) + pad(fixed(s.recall), 9) + pad(fixed(s.f1), 8) + "\(s.support)")
        }
        let confused = intents.filter { !$0.confusedWith.isEmpty }
        if !confused.isEmpty {
            out.append("")
            out.append("Confusions (gold → predicted × count):")
            for s in confused {
                out.append("  \(s.intent) → " + s.confusedWith.map { "\($0.predicted) × \($0.count)" }.joined(separator: ", "))
            }
        }
        if !misclassified.isEmpty {
            out.append("")
            out.append("Misclassified lines:")
            for m in misclassified {
                out.append("  \(m.file ?? source):\(m.line): \(m.gold) → \(m.predicted) (\(fixed(m.confidence)), \(m.decision)): \(m.text)")
            }
        }
        if !badLines.isEmpty {
            out.append("")
            out.append("Bad lines:")
            for b in badLines { out.append("  \(b)") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func renderJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    private func pct(_ v: Double) -> String { String(format: "%.1f%%", v * 100) }
    private func fixed(_ v: Double) -> String { String(format: "%.2f", v) }
    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}
