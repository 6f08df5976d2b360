import ExplainerCore
import Foundation

/// `when_can_borrow`: the date borrowing comes back, led by the reason that clears last.
struct TimelinePlugin: DiagnosticPlugin {
    let id = "timeline"
    func frame(_ c: DiagnosisContext) -> Framing {
        let blocking = c.trace?.blockingFindings ?? []
        let byClear = blocking.filter { $0.clearsAt != nil }.sorted { a, b in
            a.clearsAt != b.clearsAt ? a.clearsAt! > b.clearsAt! : Ranking.precedes(a.code, b.code)
        }.map(\.code)
        return Framing(focus: .timeline, lead: byClear)
    }
}
