import ExplainerCore

/// Validates knowledge/ beyond its syntax: every reason code and step has texts in both
/// languages, every placeholder is one the model provides, no literal numbers, and the
/// confidential codes reveal no rule.
public enum KnowledgeChecker {
    static let confidentialWords = ["money laundering", "money-laundering", "anti-money", "aml", "洗钱", "反洗钱"]
    static let thresholdKeys: Set<String> = ["threshold", "full_points_at", "target", "below_at", "max_debt", "count"]

    public static func check(_ k: Knowledge, files: [String: YAMLFile]) -> [KnowledgeError] {
        var out: [KnowledgeError] = []
        let reasonsFile = files["reasons.yaml"]?.path ?? "knowledge/reasons.yaml"
        for code in ReasonCode.allCases {
            guard let r = k.reasons[code] else {
                out.append(KnowledgeError(file: reasonsFile, line: nil, message: "\(code.rawValue) has no texts"))
                continue
            }
            let keys = code.evidenceKeys
            var allowed = keys.all
            if code.isConfidential { allowed = allowed.intersection(["clears_at"]) }
            else if !r.discloseThreshold { allowed.subtract(["threshold", "max_debt", "full_points_at", "target"]) }
            for (part, loc) in [("text", r.text), ("advice", r.advice)] {
                guard let loc else { continue }
                out += checkLocalized(loc, name: "\(code.rawValue).\(part)", file: reasonsFile, allowed: allowed,
                                      guaranteed: keys.always, confidential: code.isConfidential)
            }
            out += checkLocalized(r.title, name: "\(code.rawValue).title", file: reasonsFile, allowed: [], guaranteed: [],
                                  confidential: code.isConfidential)
        }
        let stepsFile = files["steps.yaml"]?.path ?? "knowledge/steps.yaml"
        for (id, keys) in RecoveryAction.stepEvidenceKeys {
            guard let s = k.steps[id] else {
                out.append(KnowledgeError(file: stepsFile, line: nil, message: "step \(id) has no texts"))
                continue
            }
            let confidential = id == "complete_compliance_review" || id == "security_verification"
            out += checkLocalized(s, name: "step \(id)", file: stepsFile, allowed: keys, guaranteed: keys, confidential: confidential)
        }
        for id in k.steps.keys where RecoveryAction.stepEvidenceKeys[id] == nil {
            out.append(KnowledgeError(file: stepsFile, line: k.steps[id]?.zh.line, message: "\"\(id)\" is not a step the planner makes"))
        }
        let answersFile = files["answers.yaml"]?.path ?? "knowledge/answers.yaml"
        for (name, keys) in AnswerCatalog.required {
            guard let a = k.answers[name] else {
                out.append(KnowledgeError(file: answersFile, line: nil, message: "answer \(name) is missing"))
                continue
            }
            out += checkLocalized(a, name: "answer \(name)", file: answersFile, allowed: keys, guaranteed: keys, confidential: false)
        }
        let generalFile = files["general.yaml"]?.path ?? "knowledge/general.yaml"
        for intent in AnswerCatalog.diagnosticIntents where k.general[intent] == nil {
            out.append(KnowledgeError(file: generalFile, line: nil, message: "intent \(intent) has no general causes"))
        }
        let termsFile = files["terms.yaml"]?.path ?? "knowledge/terms.yaml"
        for term in AnswerCatalog.requiredTerms where k.terms[term] == nil {
            out.append(KnowledgeError(file: termsFile, line: nil, message: "term \(term) is missing"))
        }
        return out
    }

    static func checkLocalized(_ loc: Localized, name: String, file: String, allowed: Set<String>,
                               guaranteed: Set<String>, confidential: Bool) -> [KnowledgeError] {
        var out: [KnowledgeError] = []
        for lang in Lang.allCases {
            let t = loc[lang]
            var fillable = false
            for alt in t.alternatives {
                let used = Template.placeholders(in: alt).map { $0.replacingOccurrences(of: "_\(lang.rawValue)", with: "_zh") }
                for p in used where !allowed.contains(p) && !allowed.contains(p.replacingOccurrences(of: "_zh", with: "_en")) {
                    let why = confidential ? "which this confidential reason may not show" : "which the model never provides here"
                    out.append(KnowledgeError(file: file, line: t.line, message: "\(name).\(lang.rawValue) uses {\(p)}, \(why)"))
                }
                if used.allSatisfy({ guaranteed.contains($0) || guaranteed.contains($0.replacingOccurrences(of: "_zh", with: "_en")) }) {
                    fillable = true
                }
                for n in Template.literalNumbers(in: alt) {
                    out.append(KnowledgeError(file: file, line: t.line,
                        message: "\(name).\(lang.rawValue) has the literal number \"\(n)\": take numbers from the evidence"))
                }
                if confidential {
                    let lower = alt.lowercased()
                    for w in confidentialWords where lower.contains(w) {
                        out.append(KnowledgeError(file: file, line: t.line, message: "\(name).\(lang.rawValue) names \"\(w)\": say \"a compliance review\" instead"))
                    }
                }
            }
            if !fillable {
                out.append(KnowledgeError(file: file, line: t.line,
                    message: "\(name).\(lang.rawValue) has no alternative that can always be filled: add one using only \(guaranteed.sorted().joined(separator: ", "))"))
            }
        }
        return out
    }
}
