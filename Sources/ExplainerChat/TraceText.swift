import ExplainerCore
import ExplainerKnowledge

/// The full decision trace as the chat's `:why` shows it: score, points per factor, every gate, the limit.
struct TraceText {
    let renderer: Renderer

    func render(_ t: DecisionTrace) -> String {
        var lines = [renderer.answer("trace.header", ["score": .int(t.score), "threshold": .int(t.threshold), "version": .text(t.modelVersion)]),
                     renderer.answer("trace.factors")]
        lines += t.factors.map { f in
            renderer.answer("trace.factor", ["name": .text(renderer.title(f.code)), "points": .int(f.points), "max": .int(f.max)])
        }
        lines.append(renderer.answer("trace.gates"))
        lines += t.gates.map { g in
            renderer.answer(g.passed ? "trace.gate_pass" : "trace.gate_fail", ["name": .text(renderer.title(g.code))])
        }
        let others = t.findings.filter { f in f.blocking && !t.gates.contains { $0.code == f.code } }
        lines += others.map { renderer.answer("trace.gate_fail", ["name": .text(renderer.title($0.code))]) }
        lines.append(renderer.answer("trace.limit", ["assigned": .money(t.assignedLimit), "limit": .money(t.limit), "used": .money(t.used),
                                                     "pending": .money(t.pending), "available": .money(t.available)]))
        lines.append(renderer.answer(t.canBorrow ? "trace.can_borrow" : "trace.cannot_borrow"))
        return lines.joined(separator: "\n")
    }
}
