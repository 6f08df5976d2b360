/// The reason codes of DESIGN §4. Their raw values are a contract.
public enum ReasonCode: String, CaseIterable, Codable, Sendable, Hashable {
    case CURRENT_OVERDUE, RECENT_OVERDUE, OVERDUE_HISTORY, SCORE_BELOW_THRESHOLD, SCORE_DROPPED
    case MULTI_LENDING, TOO_MANY_INQUIRIES, HIGH_DEBT_RATIO, INCOME_UNVERIFIED, IDENTITY_INCOMPLETE
    case RECENT_INFO_CHANGE, ACCOUNT_ABNORMAL, ACCOUNT_RESTRICTED, AML_REVIEW, FREQUENT_CYCLING
    case NEW_ACCOUNT, EXPOSURE_CAP, LIMIT_USED_UP, REPAYMENT_PROCESSING, BELOW_MIN_LOAN, SYMBOLIC_LIMIT
    case NOT_OPENED, POLICY_TIGHTENING, GRAY_RELEASE, SYSTEM_MAINTENANCE, BUREAU_UNAVAILABLE
    case FUNDING_QUOTA_EXHAUSTED, BANK_CARD_PROBLEM, STALE_RISK_DATA, REGULATORY_CAP
}

/// How a finding bears on the decision (the `kind` column of DESIGN §4).
public enum FindingKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// A policy gate that blocks borrowing outright.
    case gate
    /// A scorecard factor that cost points.
    case score
    /// The score moved since the previous evaluation.
    case change
    /// Something that lowers the limit.
    case limit
    /// Something that lowers the amount available now.
    case available
    /// The product is not open.
    case access
    /// A platform-wide condition.
    case platform
    /// Something that stops or stopped a payout.
    case disbursement
}
