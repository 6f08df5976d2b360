import ExplainerCore

/// Orders findings the way adverse-action notices do: blocking gates first (in a fixed
/// order of severity), then — only where the score is what blocks, or the question is
/// about the score — factors by points lost, then the non-blocking findings the symptom
/// makes relevant. A plugin's lead codes move to the front of their group.
public enum Ranking {
    /// How many reasons lead an answer.
    public static let principalCount = 4

    static let order: [ReasonCode] = [
        .NOT_OPENED, .ACCOUNT_RESTRICTED, .ACCOUNT_ABNORMAL, .AML_REVIEW, .IDENTITY_INCOMPLETE,
        .CURRENT_OVERDUE, .FREQUENT_CYCLING, .RECENT_OVERDUE, .MULTI_LENDING, .TOO_MANY_INQUIRIES,
        .HIGH_DEBT_RATIO, .SCORE_BELOW_THRESHOLD, .RECENT_INFO_CHANGE, .SYSTEM_MAINTENANCE,
        .BUREAU_UNAVAILABLE, .POLICY_TIGHTENING, .SYMBOLIC_LIMIT, .GRAY_RELEASE, .FUNDING_QUOTA_EXHAUSTED,
        .BANK_CARD_PROBLEM, .REPAYMENT_PROCESSING, .EXPOSURE_CAP, .NEW_ACCOUNT, .LIMIT_USED_UP,
        .BELOW_MIN_LOAN, .SCORE_DROPPED, .STALE_RISK_DATA, .REGULATORY_CAP, .OVERDUE_HISTORY, .INCOME_UNVERIFIED,
    ]
    static let position: [ReasonCode: Int] = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })

    /// True when `a` comes before `b` in the fixed order of severity.
    public static func precedes(_ a: ReasonCode, _ b: ReasonCode) -> Bool {
        position[a, default: 99] < position[b, default: 99]
    }

    public static func rank(_ findings: [Finding], framing: Framing) -> [Finding] {
        let blocking = findings.filter(\.blocking).sorted { position[$0.code, default: 99] < position[$1.code, default: 99] }
        let scoreBlocks = blocking.contains { $0.code == .SCORE_BELOW_THRESHOLD || $0.code == .POLICY_TIGHTENING }
        let factors = findings.filter { !$0.blocking && $0.kind == .score }.sorted { $0.pointsLost > $1.pointsLost }
        let relevant = findings.filter { !$0.blocking && $0.kind != .score && framing.include.contains($0.code) }
            .sorted { position[$0.code, default: 99] < position[$1.code, default: 99] }
        var nonBlocking = relevant + ((framing.includeScoreFactors || scoreBlocks) ? factors : [])
        if blocking.isEmpty { nonBlocking = leadFirst(nonBlocking, framing.lead) }
        var seen = Set<ReasonCode>()
        return (leadFirst(blocking, framing.lead) + nonBlocking).filter { seen.insert($0.code).inserted }
    }

    /// Moves the lead codes that are present to the front, in the lead's order; the rest keep theirs.
    static func leadFirst(_ list: [Finding], _ lead: [ReasonCode]) -> [Finding] {
        let leading = lead.compactMap { code in list.first { $0.code == code } }
        let leadSet = Set(leading.map(\.code))
        return leading + list.filter { !leadSet.contains($0.code) }
    }
}
