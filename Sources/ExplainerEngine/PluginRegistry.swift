/// The plugins the engine routes intents to, by id.
///
/// Filled in one place, `PluginRegistry+BuiltIn.swift`. A duplicate id is refused:
/// `plugin id "repayment" is registered twice`.
public struct PluginRegistry: Sendable {
    private(set) var plugins: [String: any DiagnosticPlugin] = [:]

    public init() {}

    public mutating func register(_ plugin: any DiagnosticPlugin) throws(EngineError) {
        guard plugins[plugin.id] == nil else {
            throw EngineError.configuration("plugin id \"\(plugin.id)\" is registered twice")
        }
        plugins[plugin.id] = plugin
    }

    public func plugin(_ id: String) -> (any DiagnosticPlugin)? { plugins[id] }
    public var ids: [String] { plugins.keys.sorted() }
}
