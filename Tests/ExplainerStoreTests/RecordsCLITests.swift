import Foundation
import Testing

/// `explainer records …` through the built binary: exact output and exit codes.
@Suite("explainer records (CLI)")
struct RecordsCLITests {
    private static let now = "2026-11-20T10:00:00+08:00"

    private func workspace() throws -> (TempDirectory, CommandRunner) {
        let dir = try TempDirectory()
        try dir.write("a.json", Fixture.json("u-1", name: "Li"))
        try dir.write("b.json", "[\(Fixture.json("u-2", name: "王芳")), \(Fixture.json("u-10", name: "Zhang"))]")
        try dir.write("bad.json", #"[\#(Fixture.json("u-3")), {"user_id": "u-4", "account": {"opened_at": "2024-13-01"}}]"#)
        return (dir, CommandRunner(workspace: dir))
    }

    @Test("import, list and show")
    func importListShow() throws {
        let (_, cli) = try workspace()
        #expect(try cli.run(["records", "import", "a.json", "b.json", "--db", "db.sqlite", "--now", Self.now])
            == .init(status: 0, stdout: "imported 3 records (3 new, 0 replaced) into db.sqlite\n", stderr: ""))
        #expect(try cli.run(["records", "import", "a.json", "--db", "db.sqlite", "--now", "2026-11-21T08:00:00+08:00"])
            == .init(status: 0, stdout: "imported 1 records (0 new, 1 replaced) into db.sqlite\n", stderr: ""))
        #expect(try cli.run(["records", "list", "--db", "db.sqlite"]) == .init(status: 0, stdout: """
            u-1   Li     2026-11-21T08:00:00+08:00
            u-10  Zhang  2026-11-20T10:00:00+08:00
            u-2   王芳   2026-11-20T10:00:00+08:00

            """, stderr: ""))
        #expect(try cli.run(["records", "list", "--db", "db.sqlite", "--json"]).stdout == """
            [{"display_name":"Li","imported_at":"2026-11-21T08:00:00+08:00","user_id":"u-1"},\
            {"display_name":"Zhang","imported_at":"2026-11-20T10:00:00+08:00","user_id":"u-10"},\
            {"display_name":"王芳","imported_at":"2026-11-20T10:00:00+08:00","user_id":"u-2"}]

            """)
        #expect(try cli.run(["records", "show", "u-2", "--db", "db.sqlite"]) == .init(status: 0, stdout: Self.shownU2, stderr: ""))
    }

    @Test("a bad file imports nothing, names file and field, exits 1")
    func badFile() throws {
        let (_, cli) = try workspace()
        _ = try cli.run(["records", "import", "a.json", "--db", "db.sqlite", "--now", Self.now])
        #expect(try cli.run(["records", "import", "b.json", "bad.json", "--db", "db.sqlite"]) == .init(
            status: 1, stdout: "",
            stderr: #"error: bad.json: [1].account.opened_at: "2024-13-01" is not an ISO 8601 date"# + "\n"))
        #expect(try cli.run(["records", "list", "--db", "db.sqlite"]).stdout == "u-1  Li  2026-11-20T10:00:00+08:00\n")
        #expect(try cli.run(["records", "import", "missing.json", "--db", "db.sqlite"])
            == .init(status: 1, stdout: "", stderr: "error: missing.json: cannot be read (no such file)\n"))
    }

    @Test("unknown customer, corrupt database, missing directory, no files")
    func errors() throws {
        let (dir, cli) = try workspace()
        _ = try cli.run(["records", "import", "a.json", "--db", "db.sqlite"])
        #expect(try cli.run(["records", "show", "nope", "--db", "db.sqlite"])
            == .init(status: 1, stdout: "", stderr: "error: no customer \"nope\" in db.sqlite\n"))
        let garbage = Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
        try garbage.write(to: dir.url.appendingPathComponent("garbage.sqlite"))
        #expect(try cli.run(["records", "import", "a.json", "--db", "garbage.sqlite"]) == .init(
            status: 1, stdout: "",
            stderr: "error: garbage.sqlite: is not an explainer database (file is not a database)\n"))
        #expect(try bytes(dir.path("garbage.sqlite")) == garbage)
        #expect(try cli.run(["records", "list", "--db", "nope/db.sqlite"])
            == .init(status: 1, stdout: "", stderr: "error: nope/db.sqlite: directory nope does not exist\n"))
        let noFiles = try cli.run(["records", "import", "--db", "db.sqlite"])
        #expect(noFiles.status == 64)
        #expect(noFiles.stderr.hasPrefix("Error: records import needs at least one record file.\n"))
        #expect(!noFiles.stderr.contains("Fatal error"))
    }

    @Test("the default store is created under HOME and seeded from examples/customers once")
    func defaultStoreSeeding() throws {
        let (dir, cli) = try workspace()
        try FileManager.default.createDirectory(atPath: dir.path("examples/customers"), withIntermediateDirectories: true)
        try dir.write("examples/customers/demo.json", Fixture.json("demo-repaid", name: "Demo"))
        let listed = try cli.run(["records", "list"])
        #expect(listed.status == 0)
        #expect(listed.stdout.hasPrefix("demo-repaid  Demo  "))
        #expect(FileManager.default.fileExists(atPath: dir.path("home/.local/share/explainer/explainer.sqlite")))
        try dir.write("examples/customers/late.json", Fixture.json("demo-late"))
        #expect(try cli.run(["records", "list"]).stdout.components(separatedBy: "\n").count == 2)
    }

    @Test("two processes importing into one new database at once")
    func twoProcesses() async throws {
        let (dir, cli) = try workspace()
        let many = (0..<50).map { Fixture.json("p-\($0)") }
        try dir.write("p1.json", "[" + many[..<25].joined(separator: ",") + "]")
        try dir.write("p2.json", "[" + many[25...].joined(separator: ",") + "]")
        async let first = Task.detached { try cli.run(["records", "import", "p1.json", "--db", "shared.sqlite"]) }.value
        async let second = Task.detached { try cli.run(["records", "import", "p2.json", "--db", "shared.sqlite"]) }.value
        let results = try await [first, second]
        #expect(results.map(\.status) == [0, 0])
        #expect(results.map(\.stderr) == ["", ""])
        #expect(try cli.run(["records", "list", "--db", "shared.sqlite"]).stdout.split(separator: "\n").count == 50)
    }

    private static let shownU2 = """
        {
          "account": {
            "aml_review": false,
            "identity_verified": true,
            "opened_at": "2024-03-01T00:00:00+08:00",
            "status": "normal"
          },
          "bureau": {
            "external_active_loans": 0,
            "inquiries": [],
            "monthly_debt_payments": 0
          },
          "disbursements": [],
          "display_name": "王芳",
          "loans": [
            {
              "amount": 5000,
              "borrowed_at": "2026-09-01T00:00:00+08:00",
              "due_at": "2026-10-01T00:00:00+08:00",
              "id": "L-88",
              "outstanding": 0,
              "product": "jiebei",
              "repaid_at": "2026-10-09T00:00:00+08:00"
            }
          ],
          "products": {
            "huabei": {
              "limit": 0,
              "limit_history": [],
              "opened": false
            },
            "jiebei": {
              "limit": 20000,
              "limit_history": [],
              "opened": true
            }
          },
          "profile": {
            "income_verified": false,
            "info_changes": [],
            "monthly_income": 0,
            "occupation": "salaried"
          },
          "repayments": [],
          "score_history": [],
          "user_id": "u-2"
        }

        """
}
