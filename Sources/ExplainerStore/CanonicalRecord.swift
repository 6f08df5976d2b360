import ExplainerCore
import Foundation

/// A record as the stores keep it: re-encoded to canonical JSON (sorted keys) and
/// decoded again with ``RecordDecoder``, so what is stored is exactly what is accepted.
struct CanonicalRecord: Sendable {
    let source: String
    let record: CustomerRecord
    let json: String

    /// Validates one record; throws `source: field.path: problem`.
    static func make(_ record: CustomerRecord, source: String) throws(StoreError) -> CanonicalRecord {
        let data: Data
        do {
            data = try encoder.encode(record)
        } catch {
            throw .invalidRecord(RecordError(source: source, path: "", problem: "cannot be encoded (\(error))"))
        }
        let accepted: CustomerRecord
        do {
            accepted = try RecordDecoder.decode(data, source: source)
        } catch {
            throw .invalidRecord(error)
        }
        return CanonicalRecord(source: source, record: accepted, json: String(decoding: data, as: UTF8.self))
    }

    /// Validates a whole batch before anything is written; refuses an id given twice.
    static func batch(_ records: [(source: String, record: CustomerRecord)]) throws(StoreError) -> [CanonicalRecord] {
        var firstSource: [String: String] = [:]
        var out: [CanonicalRecord] = []
        out.reserveCapacity(records.count)
        for (source, record) in records {
            let canonical = try make(record, source: source)
            let id = canonical.record.userID
            if let first = firstSource[id] {
                throw .duplicateRecord(userID: id, source: source, firstSource: first)
            }
            firstSource[id] = source
            out.append(canonical)
        }
        return out
    }

    /// Reads a stored record back; a row that no longer decodes is a ``StoreError/Kind/corruptRow``.
    static func decodeStored(_ json: String, userID: String, store: String) throws(StoreError) -> CustomerRecord {
        do {
            return try RecordDecoder.decode(Data(json.utf8), source: "")
        } catch {
            let detail = error.path.isEmpty ? error.problem : "\(error.path): \(error.problem)"
            throw StoreError(kind: .corruptRow,
                             description: "\(store): customer \"\(userID)\": stored record cannot be read (\(detail))")
        }
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
