import Testing
@testable import ExplainerNLU

@Suite struct FollowUpDetectorTests {
    func kind(_ text: String) throws -> FollowUpKind? {
        try #require(Fixtures.catalog).followUps.detect(text)
    }

    @Test(arguments: [
        ("why?", FollowUpKind.why), ("为什么？", .why), ("那为什么呢", .why), ("怎么回事", .why), ("How come?", .why),
        ("what can I do?", .whatToDo), ("那怎么办", .whatToDo), ("So what should I do?", .whatToDo), ("我该怎么办呢", .whatToDo),
        ("how long?", .howLong), ("要多久", .howLong), ("when?", .howLong), ("那要多久呢", .howLong),
        ("tell me more", .more), ("详细点", .more), ("能详细说说吗", .more),
    ])
    func recognisesBareFollowUps(text: String, expected: FollowUpKind) throws {
        #expect(try kind(text) == expected)
    }

    @Test(arguments: ["为什么借呗借不了", "why can't I borrow", "how long until my limit recovers", "ok", "谢谢", "", "so"])
    func questionsWithContentAreNotFollowUps(text: String) throws {
        #expect(try kind(text) == nil)
    }

    @Test func detectorBuiltFromPatterns() {
        let d = FollowUpDetector(patterns: [.why: ["why"], .more: ["more please"]], fillers: ["so"])
        #expect(d.detect("So... WHY?!") == .why)
        #expect(d.detect("more please") == .more)
        #expect(d.detect("soon") == nil)
        #expect(FollowUpDetector.none.detect("why") == nil)
    }
}
