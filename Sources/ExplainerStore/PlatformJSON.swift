import ExplainerCore
import Foundation

/// The platform status as the stores keep it: canonical JSON, read back with ``RecordDecoder``.
enum PlatformJSON {
    static func encode(_ status: PlatformStatus) throws(StoreError) -> String {
        do {
            return String(decoding: try CanonicalRecord.encoder.encode(status), as: UTF8.self)
        } catch {
            throw StoreError(kind: .invalidRecord, description: "platform status: cannot be encoded (\(error))")
        }
    }

    static func decode(_ json: String, store: String) throws(StoreError) -> PlatformStatus {
        do {
            return try RecordDecoder.decode(PlatformStatus.self, from: Data(json.utf8), source: "platform status")
        } catch {
            throw StoreError(kind: .corruptRow, description: "\(store): stored platform status cannot be read (\(error.description))")
        }
    }
}
