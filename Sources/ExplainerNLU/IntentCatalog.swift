/// Everything `intents/` holds: the intents with their examples, the normaliser
/// (traditional table and synonyms), the matcher settings and the follow-up patterns.
///
/// Load it once at start-up and train an ``IntentMatcher`` from it:
///
///     let catalog = try IntentCatalog.load(directory: "intents")
///     let matcher = IntentMatcher(catalog: catalog)
///
/// Loading fails with a ``CatalogError`` listing every error, one per line, as a
/// compiler would: `intents/limit_tiny.yaml:14: error: 'plugin' is missing`.
public struct IntentCatalog: Sendable {
    /// A diagnostic intent with fewer examples than this in a language gets a warning.
    public static let minimumDiagnosticExamples = 30

    /// The directory it was read from, as given.
    public let directory: String
    /// The intents, sorted by id.
    public let intents: [IntentDefinition]
    /// Settings from `_matcher.yaml` (defaults when the file is absent).
    public let configuration: MatcherConfiguration
    /// Normalisation with the traditional table and every synonym.
    public let normalizer: Normalizer
    /// Bare follow-up detection from `_followups.yaml`.
    public let followUps: FollowUpDetector
    /// Warnings found while loading (errors prevent loading).
    public let warnings: [CheckIssue]

    /// The plugin ids the intents name, for the engine to check against its registry.
    public var pluginIDs: Set<String> { Set(intents.map(\.plugin)) }

    /// The intent with `id`, if the catalog has it.
    public func intent(_ id: String) -> IntentDefinition? { intents.first { $0.id == id } }

    /// The plugin that answers intent `id`.
    public func plugin(for id: String) -> String? { intent(id)?.plugin }

    /// Loads `directory`; throws every error found (warnings are kept in ``warnings``).
    public static func load(directory: String) throws(CatalogError) -> IntentCatalog {
        var loader = CatalogLoader(directory: directory)
        if let catalog = loader.load() { return catalog }
        throw CatalogError(issues: loader.issues.filter { $0.severity == .error })
    }

    /// Validates `directory` and returns every issue, errors and warnings, in file and
    /// line order; an empty list means the directory is clean. Used by `explainer check`.
    public static func check(directory: String) -> [CheckIssue] {
        var loader = CatalogLoader(directory: directory)
        _ = loader.load()
        return loader.issues
    }
}
