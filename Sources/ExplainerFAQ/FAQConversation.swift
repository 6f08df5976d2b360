/// One running conversation: answers questions in order, keeping the context for follow-ups.
///
/// A synchronous implementation conforms as well (`mutating func ask(_:) throws`).
public protocol FAQConversation {
    /// Answers one customer message in the conversation's context.
    ///
    /// - Throws: an error whose description is one sentence; it fails the case.
    mutating func ask(_ text: String) async throws -> FAQObservation
}
