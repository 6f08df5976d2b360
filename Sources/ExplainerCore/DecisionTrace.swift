import Foundation

/// Everything the model decided about one record at one time, and why.
///
/// Produced by ``CreditModel/evaluate(_:platform:now:)``. `findings` holds every
/// reason the model used, unranked; ``Ranking`` orders them for an answer.
public struct DecisionTrace: Sendable, Hashable {
    public var modelVersion: String
    public var now: Date
    public var score: Int
    public var threshold: Int
    public var factors: [FactorResult]
    public var gates: [GateResult]
    /// The jiebei limit the lender assigned (the record's `products.jiebei.limit`).
    public var assignedLimit: Money
    /// The jiebei limit after the caps (new account, exposure).
    public var limit: Money
    /// Outstanding jiebei principal.
    public var used: Money
    /// Repayments made but not yet settled (restore credit later).
    public var pending: Money
    /// What the customer can borrow now (¥1 under a symbolic hold).
    public var available: Money
    public var huabei: HuabeiView
    public var canBorrow: Bool
    public var findings: [Finding]

    public func finding(_ code: ReasonCode) -> Finding? { findings.first { $0.code == code } }
    public var blockingFindings: [Finding] { findings.filter(\.blocking) }
}

/// A scorecard factor's contribution.
public struct FactorResult: Sendable, Hashable {
    public var code: ReasonCode
    public var points: Int
    public var max: Int
    public var lost: Int { max - points }
    public var evidence: [Evidence]
}

/// A policy gate's verdict.
public struct GateResult: Sendable, Hashable {
    public var code: ReasonCode
    public var passed: Bool
    public var evidence: [Evidence]
    public var clearsAt: Date?
}

/// The huabei side of the account.
public struct HuabeiView: Sendable, Hashable {
    public var opened: Bool
    public var limit: Money
    /// Huabei's limit after the exposure cap.
    public var effectiveLimit: Money
    public var used: Money
    public var available: Money
    /// True when huabei can be used for a payment now.
    public var usable: Bool
    /// Codes that stop huabei.
    public var blockers: [ReasonCode]
    /// Huabei's own findings (not opened, used up), with evidence.
    public var findings: [Finding]
}
