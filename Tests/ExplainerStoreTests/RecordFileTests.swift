import ExplainerCore
import ExplainerStore
import Foundation
import Testing

@Suite("RecordFile")
struct RecordFileTests {
    @Test("one document or an array of documents")
    func documentsAndArrays() throws {
        let dir = try TempDirectory()
        let one = try dir.write("one.json", Fixture.json("u-1"))
        let many = try dir.write("many.json", "\u{FEFF}\n  [\(Fixture.json("u-2")), \(Fixture.json("u-3", name: "王芳"))]")
        let records = try RecordFile.read(paths: [one, many])
        #expect(records.map(\.source) == [one, "\(many)[0]", "\(many)[1]"])
        #expect(records.map(\.record.userID) == ["u-1", "u-2", "u-3"])
        #expect(records[2].record.displayName == "王芳")
    }

    @Test("a bad record names the file and the field")
    func badField() throws {
        let dir = try TempDirectory()
        let good = try dir.write("good.json", Fixture.json("u-1"))
        let bad = try dir.write("bad.json", #"{"user_id": "u-2", "account": {"opened_at": "2024-13-01"}}"#)
        let error = storeError { try RecordFile.read(paths: [good, bad]) }
        #expect(error?.description == #"\#(bad): account.opened_at: "2024-13-01" is not an ISO 8601 date"#)
    }

    @Test("a bad element of an array names its index")
    func badArrayElement() throws {
        let dir = try TempDirectory()
        let path = try dir.write("batch.json", "[\(Fixture.json("u-1")), {\"user_id\": \"u-2\"}]")
        let error = storeError { try RecordFile.read(path: path) }
        #expect(error?.description == "\(path): [1].account: is required but missing")
    }

    @Test("missing files, directories and non-JSON are named")
    func unreadable() throws {
        let dir = try TempDirectory()
        #expect(storeError { try RecordFile.read(path: dir.path("nope.json")) }?.description
            == "\(dir.path("nope.json")): cannot be read (no such file)")
        #expect(storeError { try RecordFile.read(path: dir.url.path) }?.description
            == "\(dir.url.path): cannot be read (it is a directory)")
        let text = try dir.write("text.json", "user_id: u-1")
        #expect(storeError { try RecordFile.read(path: text) }?.description.hasPrefix("\(text): is not valid JSON") == true)
    }

    @Test("a directory's *.json files in name order")
    func directory() throws {
        let dir = try TempDirectory()
        try dir.write("b.json", Fixture.json("u-b"))
        try dir.write("a.json", Fixture.json("u-a"))
        try dir.write("notes.txt", "not a record")
        let records = try RecordFile.read(directory: dir.url.path)
        #expect(records.map(\.record.userID) == ["u-a", "u-b"])
    }
}
