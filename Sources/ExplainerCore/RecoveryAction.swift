import Foundation

/// A change within the customer's power that the planner may propose.
///
/// Immutable facts (age of the account, past overdues, occupation, platform holds)
/// are never actions: only time changes them, and time is the planner's `wait`.
public enum RecoveryAction: Hashable, Sendable, Comparable {
    /// Repay every loan that is unpaid past its due date, in full.
    case repayOverdue
    /// Repay enough jiebei principal that the minimum loan fits in the limit.
    case repayJiebei
    /// Repay enough huabei that the exposure cap leaves room for the minimum jiebei loan.
    case repayHuabei
    /// Repay and close loans on other platforms until `to` remain.
    case closeExternalLoans(to: Int)
    /// Bring monthly debt payments down to `to`.
    case reduceDebt(to: Money)
    /// Submit proof of income.
    case verifyIncome
    /// Complete real-name verification / renew the ID document.
    case completeIdentity
    /// Pass the account security check.
    case securityVerification
    /// Complete the compliance review of the account.
    case completeComplianceReview
    /// Verify identity now to lift the hold after a recent change of phone, device or bank account.
    case verifyRecentChange
    /// Add or re-verify a usable bank card.
    case replaceBankCard
    /// Open jiebei.
    case openJiebei

    /// The mutually exclusive family an action belongs to (variants of one change).
    public var group: Int {
        switch self {
        case .repayOverdue: 0
        case .repayJiebei: 1
        case .repayHuabei: 2
        case .closeExternalLoans: 3
        case .reduceDebt: 4
        case .verifyIncome: 5
        case .completeIdentity: 6
        case .securityVerification: 7
        case .completeComplianceReview: 8
        case .verifyRecentChange: 9
        case .replaceBankCard: 10
        case .openJiebei: 11
        }
    }

    /// The stable id used in knowledge/ step texts and in `steps[].effect`.
    public var id: String {
        switch self {
        case .repayOverdue: "repay_overdue"
        case .repayJiebei: "repay_jiebei"
        case .repayHuabei: "repay_huabei"
        case .closeExternalLoans: "close_external_loans"
        case .reduceDebt: "reduce_debt"
        case .verifyIncome: "verify_income"
        case .completeIdentity: "complete_identity"
        case .securityVerification: "security_verification"
        case .completeComplianceReview: "complete_compliance_review"
        case .verifyRecentChange: "verify_recent_change"
        case .replaceBankCard: "replace_bank_card"
        case .openJiebei: "open_jiebei"
        }
    }

    /// The reason codes this action can lift, most direct first.
    public var addresses: [ReasonCode] {
        switch self {
        case .repayOverdue: [.CURRENT_OVERDUE]
        case .repayJiebei: [.LIMIT_USED_UP, .BELOW_MIN_LOAN]
        case .repayHuabei: [.EXPOSURE_CAP, .LIMIT_USED_UP, .BELOW_MIN_LOAN]
        case .closeExternalLoans: [.MULTI_LENDING, .SCORE_BELOW_THRESHOLD, .POLICY_TIGHTENING]
        case .reduceDebt: [.HIGH_DEBT_RATIO, .SCORE_BELOW_THRESHOLD, .POLICY_TIGHTENING]
        case .verifyIncome: [.INCOME_UNVERIFIED, .SCORE_BELOW_THRESHOLD, .EXPOSURE_CAP, .POLICY_TIGHTENING, .LIMIT_USED_UP, .BELOW_MIN_LOAN]
        case .completeIdentity: [.IDENTITY_INCOMPLETE]
        case .securityVerification: [.ACCOUNT_ABNORMAL]
        case .completeComplianceReview: [.AML_REVIEW]
        case .verifyRecentChange: [.RECENT_INFO_CHANGE]
        case .replaceBankCard: [.BANK_CARD_PROBLEM]
        case .openJiebei: [.NOT_OPENED]
        }
    }

    public static func < (a: RecoveryAction, b: RecoveryAction) -> Bool {
        a.group != b.group ? a.group < b.group : a.sortKey < b.sortKey
    }

    var sortKey: Int64 {
        switch self {
        case .closeExternalLoans(let n): -Int64(n)
        case .reduceDebt(let m): -m.fen
        default: 0
        }
    }
}
