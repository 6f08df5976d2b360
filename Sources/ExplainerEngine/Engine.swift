import ExplainerCore
import ExplainerKnowledge
import Foundation

/// The one engine behind the chat, the socket server and the FAQ runner.
///
/// ```swift
/// let engine = try Engine(knowledge: k, intents: directory, classifier: matcher)
/// var session = Session(userID: "demo-repaid")
/// let reply = engine.ask("还了款为什么借不了", session: &session, record: record, now: now)
/// reply.intent        // "borrow_blocked_after_repayment"
/// reply.reasons[0]    // REPAYMENT_PROCESSING, with its evidence and settlement time
/// ```
/// It is immutable and `Sendable`: share one across connections; sessions are values.
public final class Engine: Sendable {
    public let knowledge: Knowledge
    public let model: CreditModel
    public let planner: Planner
    public let registry: PluginRegistry
    public let intents: IntentDirectory
    public let classifier: (any IntentClassifier)?

    public init(knowledge: Knowledge, intents: IntentDirectory, classifier: (any IntentClassifier)?,
                registry: PluginRegistry? = nil) throws(EngineError) {
        self.knowledge = knowledge
        self.model = CreditModel(config: knowledge.model)
        self.planner = Planner(model: model)
        if let registry { self.registry = registry } else { self.registry = try PluginRegistry.builtIn() }
        self.intents = intents
        self.classifier = classifier
        let problems = intents.validate(against: self.registry)
        guard problems.isEmpty else { throw .configuration(problems.joined(separator: "\n")) }
    }

    public var modelVersion: String { knowledge.model.version }

    /// The model and plugin for `intent` (default `borrow_unavailable`), without language understanding.
    public func diagnose(record: CustomerRecord, intent: String? = nil, now: Date, lang: Lang = .zh,
                         platform: PlatformStatus? = nil) throws(EngineError) -> Reply {
        let id = intent ?? "borrow_unavailable"
        guard let entry = intents[id], let plugin = registry.plugin(entry.plugin) else {
            throw .unknownIntent(id, known: intents.ids)
        }
        let d = diagnosis(intent: id, plugin: plugin, record: record, now: now, platform: platform ?? knowledge.platform)
        return reply(d, lang: lang, confidence: 1, alternatives: [], question: nil, all: true)
    }

    /// Runs the model, the planner and the plugin.
    public func diagnosis(intent: String, plugin: any DiagnosticPlugin, record: CustomerRecord, now: Date,
                          platform: PlatformStatus) -> Diagnosis {
        let trace = model.evaluate(record, platform: platform, now: now)
        let plan = planner.plan(record, platform: platform, now: now, base: trace)
        let context = DiagnosisContext(intent: intent, record: record, trace: trace, plan: plan, platform: platform,
                                       now: now, model: knowledge.model)
        let framing = plugin.frame(context)
        let ranked = Ranking.rank(framing.findingsOverride ?? trace.findings, framing: framing)
        return Diagnosis(intent: intent, trace: trace, plan: plan, framing: framing, ranked: ranked)
    }

    /// Renders a diagnosis as a reply in `lang`.
    func reply(_ d: Diagnosis, lang: Lang, confidence: Double, alternatives: [Reply.Alternative], question: String?,
               all: Bool) -> Reply {
        let composer = Composer(renderer: Renderer(knowledge: knowledge, lang: lang))
        let shown = all ? d.ranked : d.principal
        let reasons = composer.reasonLines(shown)
        let steps = composer.stepLines(d.plan)
        let text = composer.text(d, reasons: reasons, steps: steps, all: all)
        let at: Date? = switch d.plan {
        case .approvedNow: d.trace.now
        case .plan(let p): p.approvedAt
        case .noPlan: nil
        }
        let summary = Reply.DiagnosisSummary(canBorrow: d.trace.canBorrow, limit: d.trace.limit, available: d.trace.available,
                                             score: d.trace.score, modelVersion: d.trace.modelVersion, canBorrowAt: at, trace: d.trace)
        return Reply(question: question, intent: d.intent, confidence: confidence, language: lang, clarify: false,
                     alternatives: alternatives, reasons: reasons, steps: steps, text: text, diagnosis: summary)
    }
}
