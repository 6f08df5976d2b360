/// Words that show a message is about credit (`借`, `额度`, `花呗`…), read after synonym
/// rewriting. A message with none of them gets a `no_domain` feature, so the matcher can
/// learn from the out-of-scope examples that "how long does it take to boil an egg"
/// is not "how long until I can borrow", however alike the question frames are.
struct DomainTerms: Sendable, Equatable {
    private let byFirst: [UInt32: [[UInt32]]]

    static let empty = DomainTerms(terms: [])

    /// `terms` must already be normalised (lowercase, simplified).
    init(terms: [String]) {
        var byFirst: [UInt32: [[UInt32]]] = [:]
        for t in terms {
            let units = t.unicodeScalars.map(\.value)
            if let first = units.first { byFirst[first, default: []].append(units) }
        }
        self.byFirst = byFirst
    }

    var isEmpty: Bool { byFirst.isEmpty }

    /// True when any term occurs in `units` (Latin terms only as whole words).
    func occurs(in units: [UInt32]) -> Bool {
        for i in units.indices {
            guard let candidates = byFirst[units[i]] else { continue }
            for term in candidates where matches(term, units, at: i) { return true }
        }
        return false
    }

    private func matches(_ term: [UInt32], _ units: [UInt32], at i: Int) -> Bool {
        guard i + term.count <= units.count else { return false }
        for k in 0..<term.count where units[i + k] != term[k] { return false }
        let end = i + term.count
        if ScalarClass.isLatinWordScalar(term[0]), i > 0, ScalarClass.isLatinWordScalar(units[i - 1]) { return false }
        if let last = term.last, ScalarClass.isLatinWordScalar(last), end < units.count, ScalarClass.isLatinWordScalar(units[end]) { return false }
        return true
    }
}
