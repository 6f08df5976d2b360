import ExplainerCore
import ExplainerServer
import Testing

@Suite struct SessionTableTests {
    let t0 = ContinuousClock.now

    private func makeTable(capacity: Int = 10, idle: Duration = .seconds(60)) -> SessionTable<String> {
        SessionTable(capacity: capacity, idleTimeout: idle, random: SplitMix64(seed: 42))
    }

    @Test func createsSessionsBoundToTheirUser() throws {
        let table = makeTable()
        let id = table.create(userID: "u-1", value: "ctx", now: t0)
        #expect(try table.value(for: id, userID: "u-1", now: t0 + .seconds(1)) == "ctx")
        #expect(throws: SessionError.belongsToAnotherUser(sessionID: id)) {
            try table.value(for: id, userID: "u-2", now: t0)
        }
        #expect(throws: SessionError.belongsToAnotherUser(sessionID: id)) {
            try table.value(for: id, userID: nil, now: t0)
        }
    }

    @Test func idsAreRepeatableWithASeedAndDistinctFromTheSystemSource() {
        let a = makeTable().create(userID: nil, value: "", now: t0)
        let b = makeTable().create(userID: nil, value: "", now: t0)
        #expect(a == b)
        #expect(a.count == 34 && a.hasPrefix("s-"))
        let system = SessionTable<String>()
        let ids = Set((0..<100).map { _ in system.create(userID: nil, value: "", now: t0) })
        #expect(ids.count == 100)
        #expect(!ids.contains(a))
    }

    @Test func expiresAfterTheIdleTimeoutMeasuredFromLastUse() throws {
        let table = makeTable(idle: .seconds(60))
        let id = table.create(userID: "u-1", value: "v", now: t0)
        _ = try table.value(for: id, userID: "u-1", now: t0 + .seconds(59))
        _ = try table.value(for: id, userID: "u-1", now: t0 + .seconds(118))
        #expect(throws: SessionError.expired(sessionID: id)) {
            try table.value(for: id, userID: "u-1", now: t0 + .seconds(178))
        }
        #expect(throws: SessionError.unknown(sessionID: id)) {
            try table.value(for: id, userID: "u-1", now: t0 + .seconds(179))
        }
    }

    @Test func evictsTheLeastRecentlyUsedWhenFull() throws {
        let table = makeTable(capacity: 3)
        let first = table.create(userID: "a", value: "1", now: t0)
        let second = table.create(userID: "b", value: "2", now: t0 + .seconds(1))
        let third = table.create(userID: "c", value: "3", now: t0 + .seconds(2))
        _ = try table.value(for: first, userID: "a", now: t0 + .seconds(3))
        let fourth = table.create(userID: "d", value: "4", now: t0 + .seconds(4))
        #expect(table.count == 3)
        #expect(throws: SessionError.unknown(sessionID: second)) { try table.value(for: second, userID: "b", now: t0 + .seconds(5)) }
        #expect(try table.value(for: first, userID: "a", now: t0 + .seconds(5)) == "1")
        #expect(try table.value(for: third, userID: "c", now: t0 + .seconds(5)) == "3")
        #expect(try table.value(for: fourth, userID: "d", now: t0 + .seconds(5)) == "4")
    }

    @Test func dropsExpiredSessionsBeforeEvictingLiveOnes() throws {
        let table = makeTable(capacity: 2, idle: .seconds(10))
        _ = table.create(userID: "old", value: "", now: t0)
        let live = table.create(userID: "live", value: "", now: t0 + .seconds(9))
        _ = table.create(userID: "new", value: "", now: t0 + .seconds(12))
        #expect(try table.value(for: live, userID: "live", now: t0 + .seconds(12)) == "")
        #expect(table.removeExpired(now: t0 + .seconds(30)) == 2)
        #expect(table.count == 0)
    }

    @Test func storesANewValueAfterATurn() throws {
        let table = makeTable()
        let id = table.create(userID: nil, value: "a", now: t0)
        try table.setValue("b", for: id, userID: nil, now: t0)
        #expect(try table.value(for: id, userID: nil, now: t0) == "b")
        #expect(table.remove(id))
        #expect(!table.remove(id))
    }

    @Test func mapsToTheProductErrorCodes() {
        #expect(RPCError(SessionError.belongsToAnotherUser(sessionID: "s-1")).code == -32004)
        #expect(RPCError(SessionError.expired(sessionID: "s-1")).code == -32005)
        #expect(RPCError(SessionError.unknown(sessionID: "s-1")).message
                == #"Session "s-1" is unknown; omit session_id to start a new session"#)
    }
}
