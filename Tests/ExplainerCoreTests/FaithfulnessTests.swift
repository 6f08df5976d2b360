import Foundation
import Testing
@testable import ExplainerCore
import ExplainerKnowledge

/// Every sentence the product prints about a reason or a step states only what the evidence
/// holds: over many generated customers, every number in every rendered text is one of the
/// formatted evidence values of that finding or step.
@Suite struct FaithfulnessTests {
    static let knowledge: Knowledge = {
        do { return try KnowledgeLoader.load(directory: Fixtures.repoRoot.appendingPathComponent("knowledge").path) } catch {
            preconditionFailure("knowledge fixture: \(error)")
        }
    }()

    /// Runs of digits (with the separators money and dates use) in a text.
    func numbers(in text: String) -> [String] {
        var out: [String] = [], run = ""
        for ch in text {
            if ch.isASCII && (ch.isNumber || ((ch == "," || ch == "." || ch == "-" || ch == ":") && !run.isEmpty)) { run.append(ch) }
            else if !run.isEmpty { out.append(run); run = "" }
        }
        if !run.isEmpty { out.append(run) }
        return out.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",.-:")) }.filter { !$0.isEmpty }
    }

    func check(_ text: String, against evidence: [Evidence], renderer: Renderer, what: String) {
        let allowed = evidence.map { renderer.format($0.value) }.joined(separator: " ")
        for n in numbers(in: text) {
            #expect(allowed.contains(n), "\(what): \"\(n)\" is not in the evidence — \(text)")
        }
    }

    @Test(arguments: Lang.allCases)
    func renderedReasonsAndStepsStateOnlyTheirEvidence(lang: Lang) {
        let renderer = Renderer(knowledge: Self.knowledge, lang: lang)
        let planner = Planner(model: Fixtures.model)
        var gen = RecordGenerator(rng: SeededRandom(seed: 42), now: Fixtures.now)
        var rendered = 0
        for n in 0..<400 {
            let record = gen.record(n)
            let platform = gen.platform()
            let trace = Fixtures.model.evaluate(record, platform: platform, now: Fixtures.now)
            for f in trace.findings + trace.huabei.findings {
                guard let text = renderer.reason(f) else {
                    Issue.record("record \(n): \(f.code) could not be rendered from its evidence")
                    continue
                }
                rendered += 1
                check(text, against: f.evidence, renderer: renderer, what: "record \(n) \(f.code)")
            }
            if case .plan(let p) = planner.plan(record, platform: platform, now: Fixtures.now) {
                for s in p.steps {
                    guard let text = renderer.step(s) else { Issue.record("record \(n): step \(s.id) not rendered"); continue }
                    check(text, against: s.evidence, renderer: renderer, what: "record \(n) step \(s.id)")
                }
            }
        }
        #expect(rendered > 1000)
    }
}
