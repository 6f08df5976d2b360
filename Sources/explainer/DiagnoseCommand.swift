import ArgumentParser
import ExplainerCore
import ExplainerEngine
import Foundation

/// `explainer diagnose`: the credit model and a plugin on one customer, without language understanding.
struct DiagnoseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnose",
        abstract: "Runs the credit model on one customer and explains the decision (no language understanding).",
        discussion: "--intent frames the diagnosis as that intent's plugin would, so the symptom's own cause leads.")

    @OptionGroup var customer: CustomerOptions
    @Option(help: ArgumentHelp("Frame the diagnosis for this intent id (default borrow_unavailable).", valueName: "id"))
    var intent: String?
    @Option(help: "The answer's language.") var lang: Lang = .zh
    @Flag(help: "Print one JSON object.") var json = false
    @OptionGroup var runtime: RuntimeOptions

    func validate() throws { try customer.validate() }

    func run() throws {
        let engine = try runtime.engine()
        guard let record = try customer.load(now: runtime.time) else { throw CommandLineError.fail("give --user ID or --record FILE") }
        let reply: Reply
        do { reply = try engine.diagnose(record: record, intent: intent, now: runtime.time, lang: lang) } catch {
            throw CommandLineError.fail(error.description)
        }
        print(json ? reply.jsonLine() : reply.text)
    }
}
