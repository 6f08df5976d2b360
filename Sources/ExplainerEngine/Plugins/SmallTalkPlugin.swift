import ExplainerCore

/// Greeting, thanks, goodbye, help, human agent, out of scope: answered from knowledge/.
struct SmallTalkPlugin: DiagnosticPlugin {
    let id = "smalltalk"
    var needsRecord: Bool { false }
    func frame(_ c: DiagnosisContext) -> Framing {
        Framing(focus: .smalltalk, facts: [Fact("smalltalk.\(c.intent)")])
    }
}
