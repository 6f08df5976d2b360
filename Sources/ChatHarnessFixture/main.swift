// chat-harness-fixture: the chat front end with an echo handler in place of the engine.
//
// Test-only. The pseudo-terminal tests (Tests/ExplainerChatTests/ChatTerminalTests.swift) and the
// piped-script test drive it to check line editing, history, completion and plain mode without
// the engine. It reads EXPLAINER_HISTORY like `explainer chat`.
import ExplainerChat

let editor = LineEditors.standardInput()
let loop = ChatLoop(editor: editor, output: StandardStreamSink.standardOutput, handler: EchoHandler(),
                    language: LanguageSetting(rawValue: CommandLine.arguments.dropFirst().first ?? "auto") ?? .auto)
await loop.run()
