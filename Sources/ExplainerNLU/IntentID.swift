/// The intent ids of the design contract (DESIGN §3) and their groups.
public enum IntentID {
    /// The reserved id for anything the bot does not handle.
    public static let outOfScope = "out_of_scope"

    /// The twelve intents that a diagnostic plugin answers.
    public static let diagnostic: [String] = [
        "borrow_blocked_after_repayment", "borrow_unavailable", "limit_tiny", "limit_dropped",
        "disbursement_failed", "huabei_no_limit", "cannot_open", "score_question",
        "how_to_improve", "when_can_borrow", "appeal", "my_status",
    ]

    /// Small talk and the reserved out-of-scope intent.
    public static let smalltalk: [String] = ["greeting", "thanks", "goodbye", "help", "human_agent", outOfScope]

    /// Every id the contract knows, in contract order.
    public static let all: [String] = diagnostic + smalltalk

    /// True for an id of the contract.
    public static func isKnown(_ id: String) -> Bool { all.contains(id) }

    /// True for one of the twelve diagnostic intents.
    public static func isDiagnostic(_ id: String) -> Bool { diagnostic.contains(id) }
}
