import ExplainerCore
import Foundation

/// The bot under test, as the FAQ runner sees it: something that starts conversations.
///
/// The CLI binds it to the `Engine`; tests bind it to a deterministic double.
/// Any error thrown here or by the conversation fails only that case, and the
/// report shows the error's description, e.g. `unknown user "nobody"`.
public protocol FAQSubject: Sendable {
    /// Starts one conversation for a case.
    ///
    /// - Parameters:
    ///   - user: a customer id to read from the record store (nil with `record` or without an account).
    ///   - record: an inline customer record (nil with `user` or without an account).
    ///   - platform: an inline platform status; nil means the subject's default.
    ///   - now: the time the whole conversation happens at.
    ///   - lang: `auto`, `zh` or `en`; nil means the subject's default.
    /// - Throws: an error whose description is one sentence, e.g. for an unknown user.
    func startConversation(user: String?, record: CustomerRecord?, platform: PlatformStatus?,
                           now: Date, lang: String?) async throws -> any FAQConversation

    /// The intent ids the subject knows, so a suite's `expect.intent` typo is a suite
    /// error (`… "when_can_borow" is not a known intent`); nil skips that check.
    var knownIntents: Set<String>? { get }
}

extension FAQSubject {
    /// By default intents are not checked when suites load.
    public var knownIntents: Set<String>? { nil }
}
