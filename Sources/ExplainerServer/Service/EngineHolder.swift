import ExplainerEngine
import NIOConcurrencyHelpers

/// The engine in use, swapped whole on reload: a request sees either the old set or the new one.
final class EngineHolder: Sendable {
    private let current: NIOLockedValueBox<Engine>
    /// Serialises reloads (SIGHUP and the `reload` method may race).
    private let reloading = NIOLock()

    init(_ engine: Engine) { current = NIOLockedValueBox(engine) }

    var engine: Engine { current.withLockedValue { $0 } }

    /// Builds a new engine with `load` and swaps it in; on error the old engine stays.
    func reload(_ load: () throws -> Engine) throws -> Engine {
        try reloading.withLock {
            let fresh = try load()
            current.withLockedValue { $0 = fresh }
            return fresh
        }
    }
}
