import Foundation

/// ISO 8601 parsing and formatting as the record format defines it.
///
/// A date without a time (`2026-11-20`) means 00:00 at +08:00; a date-time without
/// an offset is also read at +08:00. Customer-facing dates are printed at +08:00.
public enum Timestamp {
    /// The product's time zone offset in seconds (+08:00).
    public static let offsetSeconds = 8 * 3600
    public static let day: TimeInterval = 86_400

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]`; nil when not one of those.
    public static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        var i = 0
        func num(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var v = 0
            for k in 0..<n {
                let c = b[i + k]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            i += n
            return v
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        guard let y = num(4), expect(45), let mo = num(2), expect(45), let d = num(2) else { return nil }
        guard (1...12).contains(mo), d >= 1, d <= daysIn(month: mo, year: y) else { return nil }
        var h = 0, mi = 0, s = 0.0, offset = offsetSeconds
        if i < b.count {
            guard b[i] == 84 || b[i] == 116 || b[i] == 32 else { return nil } // T, t, space
            i += 1
            guard let hh = num(2), expect(58), let mm = num(2) else { return nil }
            h = hh; mi = mm
            if i < b.count, b[i] == 58 {
                i += 1
                guard let ss = num(2) else { return nil }
                s = Double(ss)
                if i < b.count, b[i] == 46 || b[i] == 44 {
                    i += 1
                    var scale = 0.1, any = false
                    while i < b.count, b[i] >= 48, b[i] <= 57 {
                        s += Double(b[i] - 48) * scale; scale /= 10; i += 1; any = true
                    }
                    guard any else { return nil }
                }
            }
            guard h <= 23, mi <= 59, s < 61 else { return nil }
            if i < b.count {
                if b[i] == 90 || b[i] == 122 { offset = 0; i += 1 } // Z
                else if b[i] == 43 || b[i] == 45 {
                    let sign = b[i] == 43 ? 1 : -1
                    i += 1
                    guard let oh = num(2) else { return nil }
                    var om = 0
                    if i < b.count, b[i] == 58 { i += 1 }
                    if i < b.count { guard let m = num(2) else { return nil }; om = m }
                    guard oh <= 18, om <= 59 else { return nil }
                    offset = sign * (oh * 3600 + om * 60)
                } else { return nil }
            }
        }
        guard i == b.count else { return nil }
        let days = daysFromCivil(y, mo, d)
        let seconds = Double(days) * day + Double(h * 3600 + mi * 60) + s - Double(offset)
        return Date(timeIntervalSince1970: seconds)
    }

    /// `2026-11-20` at +08:00.
    public static func dateString(_ date: Date) -> String {
        let (y, m, d, _, _, _) = components(date)
        return pad4(y) + "-" + pad2(m) + "-" + pad2(d)
    }

    /// `2026-11-20 22:10` at +08:00 (the time is dropped when it is midnight).
    public static func dateTimeString(_ date: Date) -> String {
        let (_, _, _, h, mi, _) = components(date)
        if h == 0 && mi == 0 { return dateString(date) }
        return dateString(date) + " " + pad2(h) + ":" + pad2(mi)
    }

    /// Full ISO 8601 with the +08:00 offset, for machine output: `2026-11-20T22:10:00+08:00`.
    public static func isoString(_ date: Date) -> String {
        let (y, m, d, h, mi, s) = components(date)
        guard (0...9999).contains(y) else {
            return dateString(date) + "T" + pad2(h) + ":" + pad2(mi) + ":" + pad2(s) + "+08:00"
        }
        // Written as bytes: replies carry a dozen of these, and string concatenation showed in profiles.
        return String(unsafeUninitializedCapacity: 25) { out in
            var i = 0
            func put(_ v: Int, digits: Int) {
                var divisor = 1
                for _ in 1..<digits { divisor *= 10 }
                while divisor > 0 {
                    out[i] = UInt8(ascii: "0") + UInt8(v / divisor % 10)
                    i += 1
                    divisor /= 10
                }
            }
            func put(_ c: Unicode.Scalar) {
                out[i] = UInt8(ascii: c)
                i += 1
            }
            put(y, digits: 4); put("-"); put(m, digits: 2); put("-"); put(d, digits: 2); put("T")
            put(h, digits: 2); put(":"); put(mi, digits: 2); put(":"); put(s, digits: 2)
            for c in "+08:00".unicodeScalars { put(c) }
            return i
        }
    }

    /// Midnight (+08:00) of the day `date` falls on.
    public static func startOfDay(_ date: Date) -> Date {
        let local = date.timeIntervalSince1970 + Double(offsetSeconds)
        let days = (local / day).rounded(.down)
        return Date(timeIntervalSince1970: days * day - Double(offsetSeconds))
    }

    /// The same wall-clock time `months` calendar months later (day clamped to the month's end).
    public static func adding(months: Int, to date: Date) -> Date {
        let (y, m, d, _, _, _) = components(date)
        let total = y * 12 + (m - 1) + months
        let ny = total / 12, nm = total % 12 + 1
        let nd = min(d, daysIn(month: nm, year: ny))
        let delta = Double(daysFromCivil(ny, nm, nd) - daysFromCivil(y, m, d)) * day
        return date.addingTimeInterval(delta)
    }

    public static func adding(days: Int, to date: Date) -> Date {
        date.addingTimeInterval(Double(days) * day)
    }

    /// Whole days from `a` to `b` (rounded down; negative when b is earlier).
    public static func days(from a: Date, to b: Date) -> Int {
        Int((b.timeIntervalSince(a) / day).rounded(.down))
    }

    static func components(_ date: Date) -> (Int, Int, Int, Int, Int, Int) {
        let local = Int64((date.timeIntervalSince1970 + Double(offsetSeconds)).rounded(.down))
        var days = local / 86_400
        var rem = local % 86_400
        if rem < 0 { rem += 86_400; days -= 1 }
        let (y, m, d) = civilFromDays(Int(days))
        return (y, m, d, Int(rem / 3600), Int(rem % 3600 / 60), Int(rem % 60))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's civil-date algorithms.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    private static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    private static func pad4(_ v: Int) -> String { String(repeating: "0", count: max(0, 4 - String(v).count)) + "\(v)" }
}

/// A `Date` that decodes from and encodes to ISO 8601 as the record format defines it.
public struct ISODate: Hashable, Comparable, Sendable, Codable {
    public var date: Date
    public init(_ date: Date) { self.date = date }
    public static func < (a: ISODate, b: ISODate) -> Bool { a.date < b.date }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let d = Timestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "\"\(text)\" is not an ISO 8601 date")
        }
        date = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(Timestamp.isoString(date))
    }
}
