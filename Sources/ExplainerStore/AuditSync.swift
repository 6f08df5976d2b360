/// How hard a ``SQLiteRecordStore`` commit (an audit append) waits for the disk: SQLite's
/// `PRAGMA synchronous` in WAL mode.
///
/// In both modes an entry is committed before ``AuditLog/appendAudit(_:)`` returns, so it is
/// in the log before the socket server sends the reply, and it survives the server crashing
/// or being killed. They differ on a power cut or an operating-system crash:
/// - ``full`` (the default) syncs the write-ahead log on every commit: the entry survives
///   those too. Costs one fsync per answer (≈ 1–4 ms on this machine's disk).
/// - ``normal`` syncs only at checkpoints: the last entries committed before a power cut
///   may be lost, while the customers were told. Choose it only where the lender accepts
///   that (or where the disk has a battery-backed cache).
///
/// `explainer serve --audit-sync normal` selects it; every other command uses ``full``.
public enum AuditSync: String, Sendable, Hashable, CaseIterable {
    case full
    case normal

    /// The `PRAGMA synchronous` value.
    var pragma: String {
        switch self {
        case .full: "FULL"
        case .normal: "NORMAL"
        }
    }
}
