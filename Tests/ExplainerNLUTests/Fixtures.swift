import Foundation
@testable import ExplainerNLU

/// The repository's real intents/ and one matcher trained on it, shared by the suites.
enum Fixtures {
    static let intentsDirectory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("intents").path

    static let catalog: IntentCatalog? = try? IntentCatalog.load(directory: intentsDirectory)
    static let matcher: IntentMatcher? = catalog.map { IntentMatcher(catalog: $0) }

    /// A temporary directory holding `files` (name → contents); removed by the caller.
    static func directory(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nlu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }
}
