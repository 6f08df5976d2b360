import ArgumentParser
import ExplainerCore
import Foundation

/// Which customer: `--record FILE` (a JSON record).
struct CustomerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read the customer from this JSON record file.", valueName: "file"))
    var record: String?

    func validate() throws {}

    /// The customer, or nil when none was given.
    func load() throws -> CustomerRecord? {
        try RecordOptions(record: record).load()
    }
}
