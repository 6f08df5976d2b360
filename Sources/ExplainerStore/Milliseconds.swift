import Foundation

/// Dates as whole milliseconds since 1970, the unit the stores keep times in.
enum Milliseconds {
    static func of(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ ms: Int64) -> Date { Date(timeIntervalSince1970: Double(ms) / 1000) }
}
