import ArgumentParser
import ExplainerNLU
import Foundation

/// `explainer eval FILE.tsv [--json] [--intents DIR]`: scores the intent matcher on a
/// labelled file (`intent<TAB>question` per line).
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Scores the intent matcher on a labelled file (intent<TAB>question per line).",
        discussion: "Prints accuracy on in-scope lines, out-of-scope rejection, per-intent precision/recall/F1, confusions and the misclassified lines."
    )

    @Argument(help: "The labelled TSV file.")
    var file: String

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: "The intents directory.")
    var intents = "intents"

    func validate() throws {
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw ValidationError("Cannot read the evaluation file '\(file)'.")
        }
    }

    func run() throws {
        let catalog: IntentCatalog
        do {
            catalog = try IntentCatalog.load(directory: intents)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("Cannot read the evaluation file '\(file)'.")
        }
        let matcher = IntentMatcher(catalog: catalog)
        let set = LabelledSet(parsing: String(decoding: data, as: UTF8.self), source: file,
                              knownIntents: Set(IntentID.all))
        let report = EvalReport.evaluate(matcher, on: set)
        print(json ? try report.renderJSON() : report.renderText(), terminator: "")
    }
}
