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
        ("为啥", .why), ("那我该咋办", .whatToDo), ("怎么办", .whatToDo), ("还有呢", .more),
        ("那还要几周啊", .howLong), ("ugh, so how many more weeks is that", .howLong), ("what else?", .more),
    ])
    func recognisesBareFollowUps(text: String, expected: FollowUpKind) throws {
        #expect(try kind(text) == expected)
    }

    @Test(arguments: ["为什么借呗借不了", "why can't I borrow", "how long until my limit recovers", "ok", "谢谢", "", "so"])
    func questionsWithContentAreNotFollowUps(text: String) throws {
        #expect(try kind(text) == nil)
    }

    @Test(arguments: [
        ("1", 1), ("２", 2), ("第二个", 2), ("那就第二个吧", 2), ("第一个", 1), ("the second one", 2),
        ("the second one please", 2), ("first", 1), ("I pick the first one", 1), ("二", 2), ("后者", 2),
    ])
    func recognisesChoices(text: String, option: Int) throws {
        #expect(try #require(Fixtures.catalog).followUps.choice(text) == option)
    }

    @Test(arguments: ["为什么", "第二个问题是什么意思啊我不懂", "second hand phone", "借呗", ""])
    func otherTextIsNoChoice(text: String) throws {
        #expect(try #require(Fixtures.catalog).followUps.choice(text) == nil)
    }

    @Test func detectorBuiltFromPatterns() {
        let d = FollowUpDetector(patterns: [.why: ["why"], .more: ["more please"]], fillers: ["so"])
        #expect(d.detect("So... WHY?!") == .why)
        #expect(d.detect("more please") == .more)
        #expect(d.detect("soon") == nil)
        #expect(FollowUpDetector.none.detect("why") == nil)
        let c = FollowUpDetector(patterns: [:], fillers: ["so"], choices: [2: ["the other"]])
        #expect(c.choice("so the other") == 2)
        #expect(c.choice("3") == 3)
        #expect(FollowUpDetector.none.choice("the other") == nil)
    }
}
