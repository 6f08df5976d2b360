import ExplainerCore
import ExplainerStore
import Foundation
import Testing

@Suite("StoreLocation and DefaultStore")
struct StoreLocationTests {
    @Test("--db wins, then EXPLAINER_DB, then XDG_DATA_HOME, then HOME")
    func precedence() {
        let env = ["EXPLAINER_DB": "/env/db.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/li"]
        #expect(StoreLocation.resolve(db: "/flag/db.sqlite", environment: env)
            == StoreLocation(path: "/flag/db.sqlite", origin: .option))
        #expect(StoreLocation.resolve(db: nil, environment: env) == StoreLocation(path: "/env/db.sqlite", origin: .environment))
        #expect(StoreLocation.resolve(db: "", environment: ["EXPLAINER_DB": "", "XDG_DATA_HOME": "/xdg"])
            == StoreLocation(path: "/xdg/explainer/explainer.sqlite", origin: .xdgDefault))
        #expect(StoreLocation.resolve(db: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/li"]).path
            == "/home/li/.local/share/explainer/explainer.sqlite")
    }

    @Test("the default location gets its directories created and its demo customers seeded once")
    func defaultStoreSeeds() throws {
        let dir = try TempDirectory()
        let seeds = dir.path("customers")
        try FileManager.default.createDirectory(atPath: seeds, withIntermediateDirectories: true)
        try dir.write("customers/demo-1.json", Fixture.json("demo-1"))
        let env = ["XDG_DATA_HOME": dir.path("xdg"), "HOME": dir.path("home")]
        let seedURL = URL(fileURLWithPath: seeds)
        do {
            let store = try DefaultStore.open(db: nil, environment: env, seedDirectory: seedURL, now: Fixture.now)
            #expect(store.path == dir.path("xdg/explainer/explainer.sqlite"))
            #expect(try store.userIDs() == ["demo-1"])
        }
        try dir.write("customers/demo-2.json", Fixture.json("demo-2"))
        let again = try DefaultStore.open(db: nil, environment: env, seedDirectory: seedURL, now: Fixture.now)
        #expect(try again.userIDs() == ["demo-1"])
    }

    @Test("an explicit --db in a missing directory is an error; a missing seed directory seeds nothing")
    func explicitPath() throws {
        let dir = try TempDirectory()
        let missing = dir.path("nope/db.sqlite")
        let error = storeError {
            try DefaultStore.open(db: missing, environment: [:], seedDirectory: nil, now: Fixture.now)
        }
        #expect(error?.description == "\(missing): directory \(dir.path("nope")) does not exist")
        let store = try DefaultStore.open(db: dir.path("db.sqlite"), environment: [:],
                                          seedDirectory: URL(fileURLWithPath: dir.path("no-customers")), now: Fixture.now)
        #expect(try store.userIDs() == [])
    }
}
