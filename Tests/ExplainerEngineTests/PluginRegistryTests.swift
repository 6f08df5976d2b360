import Testing
@testable import ExplainerEngine

@Suite struct PluginRegistryTests {
    @Test func builtInRegistersEveryPluginOnce() throws {
        let r = try PluginRegistry.builtIn()
        #expect(r.ids == ["appeal", "available", "borrowing", "disbursement", "huabei", "improvement", "limit_change",
                          "opening", "repayment", "score", "smalltalk", "status", "timeline"])
    }

    @Test func duplicateIdIsRefusedWithASentence() throws {
        var r = try PluginRegistry.builtIn()
        #expect(throws: EngineError.configuration("plugin id \"repayment\" is registered twice")) {
            try r.register(RepaymentPlugin())
        }
    }
}
