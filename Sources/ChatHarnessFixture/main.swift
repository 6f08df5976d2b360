// chat-harness-fixture: the chat front end with an echo handler in place of the engine.
//
// Test-only. The pseudo-terminal tests (Tests/ExplainerChatTests/ChatTerminalTests.swift) and the
// piped-script test drive it to check line editing, history, completion and plain mode without
// the engine. It reads EXPLAINER_HISTORY like `explainer chat`, and the chat's own sentences
// (prompt, goodbye, :help, input errors) from the knowledge/ directory of the package it was
// built from, found from this file's path, so it works from any working directory.
import ExplainerChat
import Foundation

let knowledge = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("knowledge").path
let texts: ChatTexts
do {
    texts = try ChatTexts(knowledgeDirectory: knowledge)
} catch {
    FileHandle.standardError.write(Data("chat-harness-fixture: cannot load \(knowledge):\n\(error)\n".utf8))
    exit(1)
}
let editor = LineEditors.standardInput()
let loop = ChatLoop(editor: editor, output: StandardStreamSink.standardOutput, handler: EchoHandler(), texts: texts,
                    language: LanguageSetting(rawValue: CommandLine.arguments.dropFirst().first ?? "auto") ?? .auto)
await loop.run()
