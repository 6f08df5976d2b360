extension PluginRegistry {
    /// Every plugin the product ships, one line each.
    public static func builtIn() throws(EngineError) -> PluginRegistry {
        var r = PluginRegistry()
        try r.register(RepaymentPlugin())
        try r.register(BorrowingPlugin())
        try r.register(AvailablePlugin())
        try r.register(LimitChangePlugin())
        try r.register(DisbursementPlugin())
        try r.register(HuabeiPlugin())
        try r.register(OpeningPlugin())
        try r.register(ScorePlugin())
        try r.register(ImprovementPlugin())
        try r.register(TimelinePlugin())
        try r.register(AppealPlugin())
        try r.register(StatusPlugin())
        try r.register(SmallTalkPlugin())
        return r
    }
}
