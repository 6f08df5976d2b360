import Foundation

/// Pretty JSON for people: Foundation's pretty printing with `"key": value` and
/// `[]` / `{}` for empty containers (Foundation prints `"key" : [\n\n]`).
enum PrettyJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var text = String(decoding: try encoder.encode(value), as: UTF8.self)
        // Newlines inside strings are escaped, so these patterns only ever match layout.
        text = text.replacingOccurrences(of: #"\[\n\s*\n\s*\]"#, with: "[]", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\{\n\s*\n\s*\}"#, with: "{}", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(?m)^(\s*"(?:[^"\\]|\\.)*") : "#, with: "$1: ", options: .regularExpression)
        return text
    }
}
