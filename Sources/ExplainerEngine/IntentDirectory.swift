import ExplainerCore

/// The intents the engine knows: for each id, the plugin that serves it and its description.
public struct IntentDirectory: Sendable {
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var plugin: String
        public var description: [Lang: String]
        public init(id: String, plugin: String, description: [Lang: String]) {
            self.id = id; self.plugin = plugin; self.description = description
        }
    }

    public private(set) var entries: [String: Entry]
    public init(_ entries: [Entry]) { self.entries = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }
    public var ids: [String] { entries.keys.sorted() }
    public subscript(_ id: String) -> Entry? { entries[id] }

    /// Every intent must name a registered plugin: `intent "x" names plugin "y", which is not registered`.
    public func validate(against registry: PluginRegistry) -> [String] {
        entries.values.sorted { $0.id < $1.id }.compactMap { e in
            registry.plugin(e.plugin) == nil ? "intent \"\(e.id)\" names plugin \"\(e.plugin)\", which is not registered" : nil
        }
    }
}
