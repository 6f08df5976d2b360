import ArgumentParser
import ExplainerFAQ
import ExplainerStore
import Foundation

/// `explainer faq`: the scripted FAQ regression tests of DESIGN §8.
struct FAQCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faq",
        abstract: "Scripted FAQ regression tests: pin what the bot must answer.",
        subcommands: [FAQRunCommand.self]
    )
}

/// `explainer faq run PATH... [--junit FILE] [--filter TEXT]`.
///
/// Prints one `PASS`/`FAIL` line per case, a report per failure and the line
/// `N passed, N failed`; exits 1 when any case fails, a suite is malformed, or no case ran.
/// The engine-backed subject is built by the caller and handed to ``run(with:)``.
struct FAQRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Runs FAQ suites against the bot and exits non-zero when any case fails.",
        discussion: "A folder is searched recursively for *.yaml and *.yml files, run in sorted order. See docs/faq-tests.md."
    )

    @Argument(help: ArgumentHelp("Suite files or folders.", valueName: "PATH"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Also write JUnit XML to FILE, for CI systems.", valueName: "FILE"))
    var junit: String?

    @Option(help: ArgumentHelp("Run only the cases whose name contains TEXT.", valueName: "TEXT"))
    var filter: String?

    @OptionGroup var runtime: RuntimeOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError("Give at least one suite file or folder, e.g. `explainer faq run faq/`.")
        }
        if let filter, filter.isEmpty {
            throw ValidationError("--filter needs some text to look for in case names.")
        }
        if let junit {
            let folder = URL(fileURLWithPath: junit).deletingLastPathComponent().path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--junit \(junit): the folder \(folder) does not exist.")
            }
        }
    }

    mutating func run() async throws {
        let engine = try runtime.engine()
        let records: SQLiteRecordStore
        do { records = try store.open(now: runtime.time) } catch { throw CommandLineError.fail(error) }
        try await run(with: EngineSubject(engine: engine, store: records, platform: engine.knowledge.platform))
    }

    /// Runs the suites against `subject`, prints the report, writes `--junit`, and exits 1 on any failure.
    func run(with subject: any FAQSubject) async throws {
        let result = await FAQRunner(clock: ContinuousClock()).run(paths: paths, filter: filter, subject: subject) {
            print($0)
        }
        if let junit { try JUnitReport.write(result, to: junit) }
        if result.exitCode != 0 { throw ExitCode(result.exitCode) }
    }
}
