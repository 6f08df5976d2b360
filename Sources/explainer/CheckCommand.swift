import ArgumentParser
import ExplainerCore
import ExplainerEngine
import ExplainerKnowledge
import ExplainerNLU
import Foundation

/// `explainer check`: validates intents/ and knowledge/ and how they fit together.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validates intents/ and knowledge/; prints file:line for every problem and exits 1 on errors.")

    @Option(help: ArgumentHelp("The knowledge directory.", valueName: "dir")) var knowledge = "knowledge"
    @Option(help: ArgumentHelp("The intents directory.", valueName: "dir")) var intents = "intents"

    func run() throws {
        var errors = 0
        let intentIssues = IntentCatalog.check(directory: intents)
        for issue in intentIssues { print(issue.description) }
        errors += intentIssues.filter { $0.severity == .error }.count
        var loaded: Knowledge?
        do { loaded = try KnowledgeLoader.load(directory: knowledge) } catch {
            for e in error.errors { print(e.description) }
            errors += error.errors.filter { !$0.isWarning }.count
        }
        if let catalog = try? IntentCatalog.load(directory: intents), let registry = try? PluginRegistry.builtIn() {
            for problem in IntentDirectory(catalog: catalog).validate(against: registry) {
                print("\(intents): error: \(problem)")
                errors += 1
            }
            if let loaded {
                for id in catalog.intents.map(\.id) where IntentID.isDiagnostic(id) && loaded.general[id] == nil {
                    print("\(knowledge)/general.yaml: error: intent \(id) has no general causes")
                    errors += 1
                }
            }
        }
        guard errors == 0 else { throw CommandLineError.fail("\(errors) error\(errors == 1 ? "" : "s") in \(intents)/ and \(knowledge)/") }
        print("ok: \(intents)/ and \(knowledge)/ are consistent (\(intentIssues.count) warning\(intentIssues.count == 1 ? "" : "s"))")
    }
}
