import Foundation

/// A verified way back to borrowing: the actions, and the time at which the model,
/// re-evaluated on the changed record, approves.
public struct RecoveryPlan: Sendable, Hashable {
    public var steps: [PlannedStep]
    /// When borrowing is approved if the steps are taken now (`now` when no wait is needed).
    public var approvedAt: Date
    /// True when `approvedAt` is later than `now`: part of the plan is waiting.
    public var waits: Bool
    /// The reasons that clear by themselves on the way (time-cleared codes).
    public var clearsByItself: [ReasonCode]
    /// When borrowing comes back with no action at all, if it does within the horizon
    /// (later than `approvedAt` when the plan's actions are worth taking).
    public var withoutActionAt: Date?
    /// The model's trace of the changed record at `approvedAt`; `canBorrow` is true.
    public var verification: DecisionTrace
}

/// One concrete step of a plan: an action with the numbers that make it checkable.
public struct PlannedStep: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case act(RecoveryAction)
        /// Keep paying a loan that falls due before the approval date (an assumption the plan rests on).
        case payOnTime
        /// Wait until `when`.
        case wait
    }

    public var kind: Kind
    /// The reason code the step lifts.
    public var code: ReasonCode
    /// Template values: amounts, counts, loan ids, dates.
    public var evidence: [Evidence]
    public var when: Date?
    /// What it changes in the model, e.g. `bureau.external_active_loans: 7 → 5`.
    public var effect: String

    /// The knowledge/ step id: the action's id, `pay_on_time` or `wait`.
    public var id: String {
        switch kind {
        case .act(let a): a.id
        case .payOnTime: "pay_on_time"
        case .wait: "wait"
        }
    }
}

/// The planner's answer: a plan, or the honest statement that none exists.
public enum PlanOutcome: Sendable, Hashable {
    /// Borrowing is possible now; nothing to do.
    case approvedNow
    case plan(RecoveryPlan)
    /// No change within the customer's power, and no wait within the horizon, leads to approval.
    /// `holds` are the reasons that stay; `reviewAt` is the next date anything changes, if known.
    case noPlan(holds: [ReasonCode], reviewAt: Date?)

    public var plan: RecoveryPlan? { if case .plan(let p) = self { p } else { nil } }
}
