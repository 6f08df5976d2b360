// swift-tools-version: 6.0
import PackageDescription

// Layers (each imports only the ones listed before it):
//   ExplainerCore       record, platform status, credit model, recovery planner (no dependencies)
//   ExplainerNLU        normalisation, language detection, intent matcher, intents/ loading (Yams)
//   ExplainerKnowledge  knowledge/ loading, templates, rendering with evidence checks (Yams)
//   ExplainerEngine     diagnostic plugins, registry, sessions, the Engine
//   ExplainerStore      record store protocol, in-memory twin, SQLite (GRDB), audit log
//   ExplainerChat       readline REPL (CReadline)
//   ExplainerServer     JSON-RPC 2.0 over a Unix domain socket (SwiftNIO)
//   ExplainerFAQ        scripted FAQ regression runner
//   explainer           the command line (swift-argument-parser)
let package = Package(
    name: "explainer",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "explainer", targets: ["explainer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "ExplainerCore"),
        .executableTarget(name: "explainer", dependencies: [
            "ExplainerCore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "ExplainerCoreTests", dependencies: ["ExplainerCore"]),
        .systemLibrary(name: "CReadline", path: "Sources/CReadline", providers: [.apt(["libreadline-dev"])]),
        .target(name: "ExplainerChat", dependencies: ["ExplainerCore", "CReadline"]),
        // Test support: drives a program in a pseudo-terminal (tmux). Used by test targets only.
        .target(name: "TerminalHarness"),
        // Test fixture: the chat front end with an echo handler instead of the engine.
        .executableTarget(name: "chat-harness-fixture", dependencies: ["ExplainerChat"], path: "Sources/ChatHarnessFixture"),
        .testTarget(name: "ExplainerChatTests", dependencies: ["ExplainerChat", "TerminalHarness"]),
    ],
    swiftLanguageModes: [.v6]
)
