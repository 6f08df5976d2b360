import Foundation
import Testing
@testable import ExplainerNLU

/// The held-out probe sets (`Fixtures/probe*.tsv`): fresh customer questions that are
/// never trained on. They pin the matcher's generalisation: in-scope accuracy,
/// off-topic rejection and every intent's recall must stay above the targets.
@Suite struct ProbeSetTests {
    static let files = ["probe.tsv", "probe-late.tsv"]

    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    static func set(_ name: String) throws -> LabelledSet {
        let text = try String(contentsOf: url(name), encoding: .utf8)
        return LabelledSet(parsing: text, source: name, knownIntents: Set(IntentID.all))
    }

    @Test(arguments: files)
    func probeLinesAreWellFormedAndSizable(name: String) throws {
        let set = try Self.set(name)
        #expect(set.problems.map(\.description) == [])
        let inScope = set.questions.filter { $0.intent != IntentID.outOfScope }
        #expect(inScope.count >= 130)
        #expect(set.questions.count - inScope.count >= 40)
        #expect(Set(inScope.map(\.intent)) == Set(IntentID.all).subtracting([IntentID.outOfScope]))
    }

    /// A probe line that is also a training example (as written, after folding case,
    /// width, traditional characters, spaces and punctuation) measures memory, not
    /// generalisation.
    @Test(arguments: files)
    func noProbeLineIsATrainingExample(name: String) throws {
        let catalog = try #require(Fixtures.catalog)
        let surface = Normalizer(traditional: catalog.normalizer.traditional)
        func key(_ text: String) -> String {
            String(String.UnicodeScalarView(surface.surfaceUnits(text).0.filter { $0 != ScalarClass.space }.compactMap(Unicode.Scalar.init)))
        }
        let training = Set(catalog.intents.flatMap { $0.examples.map { key($0.text) } })
        let leaked = try Self.set(name).questions.filter { training.contains(key($0.text)) }
        #expect(leaked.map { "\(name):\($0.line): \($0.text)" } == [])
    }

    @Test(arguments: files)
    func matcherMeetsTheTargetsOnUnseenQuestions(name: String) throws {
        let report = EvalReport.evaluate(try #require(Fixtures.matcher), on: try Self.set(name))
        #expect(report.accuracy >= 0.90, "in-scope accuracy \(report.accuracy)")
        #expect(report.outOfScopeRejection >= 0.85, "out-of-scope rejection \(report.outOfScopeRejection)")
        for score in report.intents where score.intent != IntentID.outOfScope {
            #expect(score.recall >= 0.85, "\(score.intent) recall \(score.recall): \(score.confusedWith)")
        }
    }
}
