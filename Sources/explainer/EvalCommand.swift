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
    var file: String?

    @Option(name: .customLong("cross-validate"), help: ArgumentHelp("Instead of a file, score K-fold cross-validation on the intents' own examples.", valueName: "K"))
    var folds: Int?

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Flag(help: "Also time training and matching on the file's questions (use a release build).")
    var timing = false

    @Option(help: "The intents directory.")
    var intents = "intents"

    func validate() throws {
        if let folds {
            guard folds >= 2 else { throw ValidationError("--cross-validate needs at least 2 folds.") }
            guard file == nil else { throw ValidationError("Give either an evaluation file or --cross-validate, not both.") }
            return
        }
        guard let file else { throw ValidationError("Give the labelled file to score (intent<TAB>question per line).") }
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
        let report: EvalReport
        if let folds {
            report = EvalReport.crossValidate(catalog, folds: folds)
        } else {
            report = try evaluate(catalog)
        }
        print(json ? try report.renderJSON() : report.renderText(), terminator: "")
        if timing { try printTiming(catalog) }
    }

    private func printTiming(_ catalog: IntentCatalog) throws {
        guard let file, let data = FileManager.default.contents(atPath: file) else { return }
        let set = LabelledSet(parsing: String(decoding: data, as: UTF8.self), source: file)
        let load = try NLUBenchmark.timeLoad(directory: intents)
        let result = NLUBenchmark.run(catalog: catalog, questions: set.questions.map(\.text), iterations: 200)
        print("timing: load \(NLUBenchmark.Result.format(load.millis)) ms; \(result)")
    }

    private func evaluate(_ catalog: IntentCatalog) throws -> EvalReport {
        guard let file, let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("Cannot read the evaluation file '\(file ?? "")'.")
        }
        let matcher = IntentMatcher(catalog: catalog)
        let set = LabelledSet(parsing: String(decoding: data, as: UTF8.self), source: file,
                              knownIntents: Set(IntentID.all))
        return EvalReport.evaluate(matcher, on: set)
    }
}
