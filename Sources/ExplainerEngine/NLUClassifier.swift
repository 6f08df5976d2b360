import ExplainerCore
import ExplainerNLU

/// The intent matcher and follow-up detector trained from intents/, as the engine's classifier.
public struct NLUClassifier: IntentClassifier {
    public let catalog: IntentCatalog
    public let matcher: IntentMatcher

    /// Trains the matcher from the catalog (well under 100 ms for the shipped intents/).
    public init(catalog: IntentCatalog) {
        self.catalog = catalog
        self.matcher = IntentMatcher(catalog: catalog)
    }

    public func classify(_ text: String) -> Classification {
        let m = matcher.match(text)
        let decision: Classification.Decision = switch m.decision {
        case .intent(let id): .intent(id)
        case .clarify(let ids): ids.count >= 2 ? .clarify(ids) : .intent(ids.first ?? IntentID.outOfScope)
        case .outOfScope: .outOfScope
        }
        return Classification(language: m.language == .zh ? .zh : .en, decision: decision,
                              candidates: m.candidates.map { ($0.intent, $0.confidence) })
    }

    public func followUp(_ text: String) -> FollowUpKind? { catalog.followUps.detect(text) }

    public func choice(_ text: String) -> Int? { catalog.followUps.choice(text) }
}

extension IntentDirectory {
    /// The intents of a catalog, with their plugins and descriptions.
    public init(catalog: IntentCatalog) {
        self.init(catalog.intents.map { i in
            Entry(id: i.id, plugin: i.plugin,
                  description: Dictionary(uniqueKeysWithValues: i.description.map { ($0.key == .zh ? Lang.zh : Lang.en, $0.value) }))
        })
    }
}
