import ExplainerCore

/// The answer texts the engine needs from `answers.yaml`, with the placeholders each may use.
///
/// `chat.*` are the chat's own lines: `EngineChatHandler` renders the replies, and
/// `ChatTexts` (ExplainerChat) takes the prompt, goodbye, `:help` and input errors.
public enum AnswerCatalog {
    public static let required: [String: Set<String>] = [
        "lead.can_borrow": ["available", "limit"],
        "lead.cannot_borrow": [],
        "lead.reasons": [],
        "lead.notes": [],
        "lead.more_reasons": ["count"],
        "lead.steps": [],
        "lead.clears": ["date"],
        "plan.approved_at": ["date"],
        "plan.wait_only": ["date"],
        "plan.or_wait": ["date"],
        "plan.no_plan": ["date"],
        "plan.no_plan_undated": [],
        "plan.nothing_needed": [],
        "when.now": ["available"],
        "when.date": ["date"],
        "when.unknown": [],
        "status.summary": ["limit", "available", "used", "huabei_limit", "huabei_available"],
        "limit.changed": ["previous_limit", "limit", "previous_at"],
        "limit.capped": ["assigned", "limit"],
        "huabei.ok": ["available", "limit"],
        "huabei.blocked": [],
        "score.summary": ["score", "threshold"],
        "appeal.channel": [],
        "disbursement.none": [],
        "disbursement.last_failed": ["amount", "failed_at"],
        "clarify.question": ["first", "second", "one", "two"],
        "no_account": [],
        "general.lead": [],
        "followup.no_context": [],
        "chat.current_user": ["user", "name"],
        "chat.user_selected": ["user", "name"],
        "chat.unknown_user": ["user"],
        "chat.no_user": [],
        "chat.reset": [],
        "chat.language": [],
        "chat.language_auto": [],
        "chat.prompt": [],
        "chat.goodbye": [],
        "chat.help.heading": [],
        "chat.help.keys": ["one", "two"],
        "chat.command.user": [],
        "chat.command.lang": [],
        "chat.command.why": [],
        "chat.command.record": [],
        "chat.command.reset": [],
        "chat.command.help": [],
        "chat.command.quit": [],
        "chat.input.unknown_command": ["command", "commands"],
        "chat.input.missing_user": ["command", "usage"],
        "chat.input.missing_language": ["command", "usage"],
        "chat.input.bad_user": ["command", "argument"],
        "chat.input.bad_language": ["command", "argument"],
        "chat.input.unexpected_argument": ["command", "argument"],
        "trace.header": ["score", "threshold", "version"],
        "trace.factors": [],
        "trace.factor": ["name", "points", "max"],
        "trace.gates": [],
        "trace.gate_pass": ["name"],
        "trace.gate_fail": ["name"],
        "trace.limit": ["assigned", "limit", "used", "pending", "available"],
        "trace.can_borrow": [],
        "trace.cannot_borrow": [],
        "record.summary": ["user", "name", "opened_at", "status", "income", "income_verified", "external_loans",
                           "inquiries", "jiebei_limit", "huabei_limit", "outstanding", "loans"],
        "smalltalk.greeting": [],
        "smalltalk.thanks": [],
        "smalltalk.goodbye": [],
        "smalltalk.help": [],
        "smalltalk.human_agent": [],
        "smalltalk.out_of_scope": [],
    ]

    /// The diagnostic intents of DESIGN §3: each needs general causes in `general.yaml`.
    public static let diagnosticIntents = [
        "borrow_blocked_after_repayment", "borrow_unavailable", "limit_tiny", "limit_dropped",
        "disbursement_failed", "huabei_no_limit", "cannot_open", "score_question", "how_to_improve",
        "when_can_borrow", "appeal", "my_status",
    ]

    /// Machine values that reach the customer through evidence and need a word in `terms.yaml`.
    public static var requiredTerms: [String] {
        Product.allCases.map(\.rawValue) + Occupation.allCases.map(\.rawValue)
            + InfoField.allCases.map(\.rawValue) + DisbursementFailure.allCases.map(\.rawValue)
            + BankCardStatus.allCases.map(\.rawValue) + AccountStatus.allCases.map(\.rawValue)
            + ["unverified", "expired", "none", "true", "false", "block", "symbolic_limit"]
    }
}
