/// Escaping for XML 1.0 text and attribute values.
///
/// `& < > " '` become entities; characters XML 1.0 cannot carry at all (C0 controls
/// other than tab, newline and carriage return, U+FFFE, U+FFFF) become a visible
/// `\u{7}`-style escape; in attributes, tab and newlines are kept as character references.
enum XMLText {
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += attribute ? "&quot;" : "\""
            case "'": out += attribute ? "&apos;" : "'"
            case "\t", "\n", "\r":
                out += attribute ? "&#\(scalar.value);" : String(scalar)
            default:
                if isAllowed(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            }
        }
        return out
    }

    /// XML 1.0 `Char`, less the three whitespace controls handled above.
    static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
    }
}
