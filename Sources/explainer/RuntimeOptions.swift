import ArgumentParser
import ExplainerCore
import ExplainerEngine
import ExplainerKnowledge
import ExplainerNLU
import Foundation

/// Options every command that answers customers shares: time, platform, data directories.
struct RuntimeOptions: ParsableArguments {
    @Option(help: "The time to evaluate at, ISO 8601 (default: the wall clock).")
    var now: String?

    @Option(help: ArgumentHelp("Read the platform status from this file instead of knowledge/platform.yaml.", valueName: "file"))
    var platform: String?

    @Option(help: ArgumentHelp("The knowledge directory.", valueName: "dir"))
    var knowledge = "knowledge"

    @Option(help: ArgumentHelp("The intents directory.", valueName: "dir"))
    var intents = "intents"

    func validate() throws {
        if let now, Timestamp.parse(now) == nil {
            throw ValidationError("--now \"\(now)\" is not an ISO 8601 date or date-time (for example 2026-11-20T10:00:00+08:00).")
        }
    }

    /// The evaluation time: `--now`, or the wall clock (the only place the clock is read).
    var time: Date { now.flatMap(Timestamp.parse) ?? Date() }

    /// Loads knowledge/ and intents/, trains the matcher and builds the engine; errors print as `file:line: …`.
    func engine() throws -> Engine {
        do { return try loadEngine() } catch { throw CommandLineError.fail("\(error)") }
    }

    /// The same, throwing the error with every `file:line` problem in its description (for reload).
    func loadEngine() throws -> Engine {
        let k = try KnowledgeLoader.load(directory: knowledge, platformOverride: platform, digestAlso: [intents])
        let catalog = try IntentCatalog.load(directory: intents)
        return try Engine(knowledge: k, intents: IntentDirectory(catalog: catalog), classifier: NLUClassifier(catalog: catalog))
    }
}

extension LangPreference: ExpressibleByArgument {}
extension Lang: ExpressibleByArgument {}
