import ArgumentParser
import ExplainerCore
import ExplainerEngine
import Foundation

/// `explainer ask`: one question, or one per line from stdin, each answered on its own.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answers one question about a customer (or one per line from stdin, each on its own).",
        discussion: """
            With --json, prints one object per question: question, intent, confidence, language, clarify, \
            alternatives, reasons, steps, text (and can_borrow, limit, available, score, model_version when \
            the customer's record was diagnosed).
            """)

    @OptionGroup var customer: CustomerOptions
    @Option(help: "The answer's language: auto (detected per message), zh or en.") var lang: LangPreference = .auto
    @Flag(help: "Print one JSON object per line.") var json = false
    @OptionGroup var runtime: RuntimeOptions
    @Argument(help: "The question (default: read one per line from stdin).") var question: String?

    func validate() throws { try customer.validate() }

    func run() throws {
        let engine = try runtime.engine()
        let now = runtime.time
        let record = try customer.load(now: now)
        if let question, question.utf8.count > 8192 {
            throw CommandLineError.fail("the question is \(question.utf8.count) bytes; a question may be at most 8192")
        }
        let questions: AnySequence<InputLines.Line> = question.map { AnySequence([.text($0, number: 1)]) } ?? AnySequence(InputLines())
        var first = true
        var bad = 0
        for line in questions {
            guard case .text(let q, _) = line else {
                if case .bad(let message) = line { bad += 1; warn("error: " + message) }
                continue
            }
            guard !q.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            var session = Session(userID: record?.userID)
            let reply = engine.ask(q, session: &session, record: record, now: now, lang: lang)
            if json {
                print(reply.jsonLine())
            } else {
                if !first { print("") }
                print(reply.text)
            }
            first = false
        }
        if bad > 0 { throw ExitCode(1) }
    }
}
