/// The evidence keys the model attaches to each reason code: what knowledge/ templates may use.
///
/// `always` keys are present on every finding of the code; `sometimes` keys only in some
/// situations (a template using one needs an alternative without it). `explainer check`
/// validates every template against this table.
public struct EvidenceKeys: Sendable {
    public var always: Set<String>
    public var sometimes: Set<String>
    public var all: Set<String> { always.union(sometimes) }
}

extension ReasonCode {
    public var evidenceKeys: EvidenceKeys {
        func k(_ a: [String], _ s: [String] = []) -> EvidenceKeys { EvidenceKeys(always: Set(a), sometimes: Set(s)) }
        switch self {
        case .CURRENT_OVERDUE: return k(["amount", "loan_ids", "loan_id", "product", "due_at", "days"])
        case .RECENT_OVERDUE: return k(["loan_id", "repaid_at", "days", "clears_at"])
        case .OVERDUE_HISTORY: return k(["count", "loan_ids", "longest_days", "points_lost"], ["next_clear", "clears_at"])
        case .SCORE_BELOW_THRESHOLD: return k(["score", "threshold", "gap", "factors"])
        case .SCORE_DROPPED: return k(["previous_score", "previous_at", "score", "drop", "factors"])
        case .MULTI_LENDING: return k(["count", "full_points_at", "points_lost"], ["threshold", "target"])
        case .TOO_MANY_INQUIRIES: return k(["count", "window_days", "points_lost"], ["clears_at", "threshold", "below_at"])
        case .HIGH_DEBT_RATIO: return k(["ratio", "debt", "income", "points_lost"], ["threshold", "max_debt"])
        case .INCOME_UNVERIFIED: return k(["income_verified", "occupation", "points_lost"])
        case .IDENTITY_INCOMPLETE: return k(["problem"], ["expired_at"])
        case .RECENT_INFO_CHANGE: return k(["field", "changed_at", "clears_at"])
        case .ACCOUNT_ABNORMAL: return k(["status"])
        case .ACCOUNT_RESTRICTED: return k(["status"])
        case .AML_REVIEW: return k(["review_open"])
        case .FREQUENT_CYCLING: return k(["count", "clears_at"])
        case .NEW_ACCOUNT: return k(["cap", "opened_at", "clears_at"])
        case .EXPOSURE_CAP: return k(["cap", "huabei_used", "room", "assigned", "income_verified"])
        case .LIMIT_USED_UP: return k(["limit", "used", "product"])
        case .REPAYMENT_PROCESSING: return k(["amount", "paid_at", "settles_at"])
        case .BELOW_MIN_LOAN: return k(["available", "min_loan", "needed"])
        case .SYMBOLIC_LIMIT: return k(["amount", "limit", "source", "until"])
        case .NOT_OPENED: return k(["product", "blockers"])
        case .POLICY_TIGHTENING: return k(["policy_id", "title_zh", "title_en", "until", "score"])
        case .GRAY_RELEASE: return k(["cohort", "until", "effect"])
        case .SYSTEM_MAINTENANCE: return k(["from", "until"])
        case .BUREAU_UNAVAILABLE: return k(["status"], ["since"])
        case .FUNDING_QUOTA_EXHAUSTED: return k([], ["status", "until", "failed_at", "amount"])
        case .BANK_CARD_PROBLEM: return k([], ["card", "card_status", "failure", "failed_at", "amount"])
        case .STALE_RISK_DATA: return k(["previous_limit", "limit", "failed_at", "newer_reasons"])
        case .REGULATORY_CAP: return k(["cap"], ["requested", "limit"])
        }
    }

    /// Codes whose rules, thresholds and the words for them are never shown to the customer.
    public var isConfidential: Bool {
        self == .ACCOUNT_ABNORMAL || self == .AML_REVIEW || self == .FREQUENT_CYCLING
    }
}

extension RecoveryAction {
    /// The evidence keys a step of this action carries, by step id (actions plus `pay_on_time` and `wait`).
    public static let stepEvidenceKeys: [String: Set<String>] = [
        "repay_overdue": ["amount", "loan_ids", "loan_id", "settles_at"],
        "repay_jiebei": ["amount", "loan_ids", "loan_id", "settles_at"],
        "repay_huabei": ["amount", "loan_ids", "loan_id", "settles_at"],
        "close_external_loans": ["count", "target", "close"],
        "reduce_debt": ["debt", "target", "cut"],
        "verify_income": ["income"],
        "complete_identity": [],
        "security_verification": [],
        "complete_compliance_review": [],
        "verify_recent_change": [],
        "replace_bank_card": [],
        "open_jiebei": ["limit"],
        "pay_on_time": ["loan_id", "amount", "due_at"],
        "wait": ["date"],
    ]
}
