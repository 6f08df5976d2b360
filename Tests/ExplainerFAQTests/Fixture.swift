import ExplainerFAQ
import Foundation

/// Suite files in a fresh temporary folder, and a runner whose output names them relative to it.
struct Fixture {
    let root: String

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.path + "/faq-tests-" + UUID().uuidString
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
    }

    /// Runs `paths` (relative to the fixture) and returns the printed text with the folder prefix removed.
    func run(_ paths: [String], filter: String? = nil, subject: FakeSubject) async -> (text: String, result: FAQRunResult) {
        var lines: [String] = []
        let result = await FAQRunner().run(paths: paths.map { root + "/" + $0 }, filter: filter, subject: subject) {
            lines.append($0)
        }
        let text = lines.joined(separator: "\n").replacingOccurrences(of: root + "/", with: "")
        try? FileManager.default.removeItem(atPath: root)
        return (text, result)
    }
}

/// The replies most tests use.
enum Replies {
    static let repaid = FAQObservation(
        intent: "borrow_blocked_after_repayment", confidence: 0.92, language: "zh", clarify: false,
        reasonCodes: ["REPAYMENT_PROCESSING", "LIMIT_USED_UP"], stepCodes: ["WAIT_SETTLEMENT", "RETRY"],
        text: "您昨晚 22:10 的还款还在入账中，2026-11-20 22:10 后额度恢复。\n到时再试即可。")
    static let howLong = FAQObservation(
        intent: "when_can_borrow", confidence: 0.88, language: "zh",
        reasonCodes: ["REPAYMENT_PROCESSING"], text: "2026-11-20 22:10 之后就可以借款。")
    static let hello = FAQObservation(intent: "greeting", confidence: 0.99, language: "en", text: "Hello! Ask me why you can't borrow.")

    /// A fresh subject per call, so each test has its own start log.
    static var subject: FakeSubject {
        FakeSubject(replies: ["还了款为什么还是借不了？": repaid, "那要等多久？": howLong, "hi": hello])
    }
}
