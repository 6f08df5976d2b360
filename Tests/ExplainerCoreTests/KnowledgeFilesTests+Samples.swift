import Foundation
@testable import ExplainerCore
@testable import ExplainerKnowledge

/// Plausible evidence values of the right type for every key the model emits, each
/// distinct enough that finding it in a rendered sentence means it was placed there.
enum Samples {
    static let asOf = date("2026-11-20T10:00:00+08:00")

    static func date(_ iso: String) -> Date { Timestamp.parse(iso) ?? Date(timeIntervalSince1970: 0) }
    static func money(_ yuan: Double) -> Evidence.Value { .money(Money(yuan: yuan)) }

    /// The value of `key` on a finding of `code`.
    static func value(_ key: String, for code: ReasonCode) -> Evidence.Value? {
        switch (key, code) {
        case ("threshold", .HIGH_DEBT_RATIO): return .percent(0.7)
        case ("status", .ACCOUNT_ABNORMAL): return .text("suspected_theft")
        case ("status", .ACCOUNT_RESTRICTED): return .text("frozen")
        case ("status", .BUREAU_UNAVAILABLE): return .text("down")
        case ("status", .FUNDING_QUOTA_EXHAUSTED): return .text("exhausted")
        case ("amount", .FUNDING_QUOTA_EXHAUSTED), ("amount", .BANK_CARD_PROBLEM): return money(3000)
        case ("amount", .SYMBOLIC_LIMIT): return money(1)
        case ("cap", .EXPOSURE_CAP): return money(30000)
        case ("cap", .REGULATORY_CAP): return money(200_000)
        case ("limit", .REGULATORY_CAP): return money(260_000)
        default: return common[key]
        }
    }

    static let common: [String: Evidence.Value] = [
        "amount": money(1234), "loan_ids": .list(["L-88", "L-90"]), "loan_id": .text("L-88"),
        "product": .text("jiebei"), "due_at": .date(date("2026-10-01")), "days": .int(50),
        "repaid_at": .date(date("2026-10-09")), "clears_at": .date(date("2027-01-07")), "count": .int(7),
        "longest_days": .int(41), "points_lost": .int(55), "next_clear": .date(date("2028-10-09")),
        "score": .int(571), "threshold": .int(600), "gap": .int(29),
        "factors": .list(["TOO_MANY_INQUIRIES", "HIGH_DEBT_RATIO"]),
        "previous_score": .int(688), "previous_at": .date(date("2026-09-15")), "drop": .int(117),
        "full_points_at": .int(2), "target": .int(5), "window_days": .int(30),
        "below_at": .date(date("2026-12-04")), "ratio": .percent(0.755), "debt": money(9060),
        "income": money(12000), "max_debt": money(8400), "income_verified": .text("false"),
        "occupation": .text("student"), "problem": .text("unverified"), "expired_at": .date(date("2026-05-01")),
        "field": .text("phone"), "changed_at": .date(date("2026-11-10T22:10:00+08:00")),
        "review_open": .text("true"), "cap": money(2000), "opened_at": .date(date("2026-09-20")),
        "huabei_used": money(2500), "room": money(500), "assigned": money(20000), "limit": money(15000),
        "used": money(14950), "paid_at": .date(date("2026-11-19T22:10:00+08:00")),
        "settles_at": .date(date("2026-11-20T22:10:00+08:00")), "available": money(37), "min_loan": money(100),
        "needed": money(63), "source": .text("policy-q4"), "until": .date(date("2026-12-31")),
        "blockers": .list(["CURRENT_OVERDUE", "ACCOUNT_RESTRICTED"]), "policy_id": .text("P-7"),
        "title_zh": .text("年末风控收紧"), "title_en": .text("Year-end tightening"), "cohort": .text("beta-c"),
        "effect": .text("block"), "from": .date(date("2026-11-20T01:00:00+08:00")),
        "since": .date(date("2026-11-20T08:30:00+08:00")), "failed_at": .date(date("2026-11-18T09:00:00+08:00")),
        "card": .text("1234"), "card_status": .text("expired"), "failure": .text("bank_card_expired"),
        "previous_limit": money(10000), "newer_reasons": .list(["MULTI_LENDING"]), "requested": money(250_000),
    ]

    /// A finding of `code` carrying exactly `keys`.
    static func finding(_ code: ReasonCode, keys: Set<String>) -> Finding {
        let evidence = keys.sorted().map { key in
            Evidence(key, value(key, for: code) ?? .text("MISSING SAMPLE FOR \(key)"), field: "test.\(key)", asOf: asOf)
        }
        return Finding(code: code, kind: .gate, evidence: evidence, blocking: true)
    }

    /// The alternative the renderer picks: the first whose placeholders all have a non-empty value.
    static func chosenAlternative(_ t: Template, finding: Finding) -> String? {
        t.alternatives.first { alt in
            Template.placeholders(in: alt).allSatisfy { key in
                guard let v = finding.value(key) else { return false }
                if case .list(let items) = v { return !items.isEmpty }
                return true
            }
        }
    }

    /// One step of every kind the planner makes, with the evidence it carries.
    static func steps() -> [PlannedStep] {
        let actions: [RecoveryAction] = [
            .repayOverdue, .repayJiebei, .repayHuabei, .closeExternalLoans(to: 5), .reduceDebt(to: Money(yuan: 8400)),
            .verifyIncome, .completeIdentity, .securityVerification, .completeComplianceReview,
            .verifyRecentChange, .replaceBankCard, .openJiebei,
        ]
        var out = actions.map { PlannedStep(kind: .act($0), code: $0.addresses[0], evidence: [], when: nil, effect: "") }
        out.append(PlannedStep(kind: .payOnTime, code: .CURRENT_OVERDUE, evidence: [], when: nil, effect: ""))
        out.append(PlannedStep(kind: .wait, code: .RECENT_OVERDUE, evidence: [], when: nil, effect: ""))
        return out.map { step in
            var s = step
            s.evidence = (RecoveryAction.stepEvidenceKeys[step.id] ?? []).sorted().map { key in
                Evidence(key, stepValue(key, step: step.id), field: "plan.\(key)", asOf: asOf)
            }
            return s
        }
    }

    static func stepValue(_ key: String, step: String) -> Evidence.Value {
        switch (key, step) {
        case ("target", "reduce_debt"): return money(8400)
        case ("count", _): return .int(7)
        case ("close", _): return .int(2)
        case ("cut", _): return money(660)
        case ("date", _): return .date(date("2027-01-07"))
        case ("limit", _): return money(4200)
        default: return common[key] ?? .text("MISSING SAMPLE FOR \(key)")
        }
    }

    /// Values for the placeholders of `answers.yaml`.
    static func answerValue(_ key: String) -> Evidence.Value {
        let values: [String: Evidence.Value] = [
            "available": money(4321), "limit": money(20000), "used": money(15679), "count": .int(3),
            "date": .date(date("2026-12-04")), "huabei_limit": money(8000), "huabei_available": money(650),
            "previous_limit": money(30000), "changed_at": .date(date("2026-10-01")), "assigned": money(25000),
            "score": .int(571), "threshold": .int(600), "amount": money(3000),
            "failed_at": .date(date("2026-11-18T09:00:00+08:00")),
            "first": .text("还款后为什么借不了"), "second": .text("why did my limit drop"),
        ]
        return values[key] ?? .text("MISSING SAMPLE FOR \(key)")
    }
}
