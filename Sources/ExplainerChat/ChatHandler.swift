/// The conversation behind the chat: what ``ChatLoop`` calls for each kind of input.
///
/// The loop owns the prompt, `:help`, `:quit`, end of input and input errors; everything
/// that needs the engine goes through this protocol. Implement it with the engine for
/// `explainer chat`, or with a test double. Methods may be synchronous: a plain `func`
/// satisfies an `async` requirement.
///
/// A thrown error is printed as one line (its `description`) and the chat goes on, so
/// throw errors whose description is a whole sentence, e.g. `No customer 'C-9' in the record store.`
public protocol ChatHandler {
    /// The opening text, printed once before the first prompt.
    func greeting() async -> ChatReply

    /// Answers a question typed by the customer (already trimmed, never empty).
    func answer(_ question: String) async throws -> ChatReply

    /// Takes a bare `1`–`9`: the customer's pick among the options of a clarifying question.
    ///
    /// When no question is pending, reply so (or treat the digit as a question).
    func choose(_ option: Int) async throws -> ChatReply

    /// `:user ID`: switches to that customer.
    func selectUser(_ id: String) async throws -> ChatReply

    /// `:lang auto|zh|en`: sets the reply language.
    func setLanguage(_ setting: LanguageSetting) async throws -> ChatReply

    /// `:why`: the decision trace behind the last answer.
    func explainLastAnswer() async throws -> ChatReply

    /// `:record`: the current customer's record.
    func showRecord() async throws -> ChatReply

    /// `:reset`: forgets the conversation so far.
    func reset() async throws -> ChatReply

    /// The customer ids Tab completion offers after `:user `; asked at start and after each command.
    func completionUserIDs() async -> [String]
}
