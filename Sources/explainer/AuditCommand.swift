import ArgumentParser
import ExplainerCore
import ExplainerStore
import Foundation

/// `explainer audit`: what customers were told, from the audit log in the record store.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Lists answered ask/diagnose requests from the audit log: time, user, session, intent, reasons, model version.")

    @Option(help: ArgumentHelp("Only this customer.", valueName: "id")) var user: String?
    @Option(help: ArgumentHelp("Only entries at or after this time (ISO 8601).", valueName: "time")) var since: String?
    @Option(help: "At most this many (the newest).") var limit: Int?
    @Flag(help: "One JSON object per line.") var json = false
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let since, Timestamp.parse(since) == nil { throw ValidationError("--since \"\(since)\" is not an ISO 8601 date-time.") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let entries: [AuditEntry]
        do {
            let s = try store.open(now: Date())
            entries = try s.audit(userID: user, since: since.flatMap(Timestamp.parse), limit: limit)
        } catch { throw CommandLineError.fail(error) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, e in var c = e.singleValueContainer(); try c.encode(Timestamp.isoString(date)) }
        for e in entries {
            if json {
                print((try? encoder.encode(e)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}")
            } else {
                let reasons = e.reasons.map(\.rawValue).joined(separator: ",")
                print("\(Timestamp.isoString(e.time))  \(e.channel.rawValue)  \(e.userID.isEmpty ? "-" : e.userID)  \(e.sessionID ?? "-")  \(e.intent ?? "-")  [\(reasons)]  \(e.modelVersion)")
            }
        }
        if entries.isEmpty && !json { print("no audit entries") }
    }
}
