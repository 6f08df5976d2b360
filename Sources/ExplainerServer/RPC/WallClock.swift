import Foundation

/// Where the server reads the wall-clock time it hands services as `RequestContext.now`.
///
/// The command line passes `.system`, or `.fixed(date)` for `--now`; tests pass `.fixed`.
/// This is the only place the server module reads the wall clock.
public struct WallClock: Sendable {
    /// Returns the current time.
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The machine's clock.
    public static let system = WallClock { Date() }

    /// Always `date`.
    public static func fixed(_ date: Date) -> WallClock {
        WallClock { date }
    }
}
