/// Who is on the other end of a Unix socket connection, as the kernel reports it (SO_PEERCRED).
///
/// The server reads these when it accepts a connection; with an allow-list set
/// (`ServerConfiguration.allowedUIDs`) a peer whose `uid` is not on it is refused with
/// `-32008` `Connection refused: uid 1001 is not allowed to use this socket`.
public struct PeerCredentials: Sendable, Hashable, CustomStringConvertible {
    public var pid: Int32
    public var uid: UInt32
    public var gid: UInt32

    public init(pid: Int32, uid: UInt32, gid: UInt32) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
    }

    public var description: String { "pid \(pid) uid \(uid) gid \(gid)" }
}
