import ExplainerChat
import ExplainerKnowledge
import Foundation

/// The repository's own knowledge/, so the chat tests check the sentences that ship.
enum RealKnowledge {
    /// knowledge/ at the repository root: three levels up from this file.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("knowledge").path

    static func knowledge() throws -> Knowledge {
        try KnowledgeLoader.load(directory: directory)
    }

    static func texts() throws -> ChatTexts {
        try ChatTexts(knowledgeDirectory: directory)
    }
}
