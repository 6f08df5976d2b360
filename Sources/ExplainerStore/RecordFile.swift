import ExplainerCore
import Foundation

/// Reads customer record files: each file is one record JSON document or a JSON
/// array of records. Every record is validated with ``RecordDecoder``.
///
/// Errors name the file and the field, as the CLI prints them after `error: `:
/// `customers/li.json: loans[0].due_at: "2026-13-01" is not an ISO 8601 date`,
/// `batch.json: [2].account: is required but missing`,
/// `customers/nope.json: cannot be read (no such file)`.
public enum RecordFile {
    /// Reads every file before returning; the first bad file throws and nothing is returned.
    /// Records from an array are named `FILE[i]`.
    public static func read(paths: [String]) throws(StoreError) -> [(source: String, record: CustomerRecord)] {
        var out: [(source: String, record: CustomerRecord)] = []
        for path in paths { out += try read(path: path) }
        return out
    }

    /// Reads one file (one record, or an array of records).
    public static func read(path: String) throws(StoreError) -> [(source: String, record: CustomerRecord)] {
        let data = try contents(of: path)
        if firstByte(of: data) == UInt8(ascii: "[") {
            let records: [CustomerRecord]
            do { records = try RecordDecoder.decode([CustomerRecord].self, from: data, source: path) } catch {
                throw .invalidRecord(error)
            }
            return records.enumerated().map { (source: "\(path)[\($0.offset)]", record: $0.element) }
        }
        do { return [(source: path, record: try RecordDecoder.decode(data, source: path))] } catch {
            throw .invalidRecord(error)
        }
    }

    /// Reads every `*.json` file directly in `directory`, in file-name order.
    /// The files are named `DIRECTORY/NAME.json` with the directory as given.
    public static func read(directory: String) throws(StoreError) -> [(source: String, record: CustomerRecord)] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw .unreadableFile(directory, reason: "not a readable directory")
        }
        let files = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        return try read(paths: files.map { (directory as NSString).appendingPathComponent($0) })
    }

    private static func contents(of path: String) throws(StoreError) -> Data {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadableFile(path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadableFile(path, reason: "it is a directory") }
        guard let data = files.contents(atPath: path) else { throw .unreadableFile(path, reason: "permission denied") }
        return data
    }

    /// The first byte that is not whitespace or part of a UTF-8 byte-order mark.
    private static func firstByte(of data: Data) -> UInt8? {
        let skipped: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF]
        return data.first { !skipped.contains($0) }
    }
}
