/// The two languages answers are written in.
public enum Lang: String, Sendable, Hashable, CaseIterable, Codable {
    case zh, en
}
