#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves `--socket-group` (a group name or a numeric gid).
enum GroupLookup {
    static func groupID(for nameOrID: String) throws(ServerError) -> gid_t {
        if let numeric = gid_t(nameOrID) { return numeric }
        guard let entry = getgrnam(nameOrID) else { throw .unknownGroup(nameOrID) }
        return entry.pointee.gr_gid
    }
}
