// swift-tools-version: 6.0
import PackageDescription

// Layers (each imports only the ones listed before it):
//   ExplainerJSON       JSONValue: parsing, writing, Codable to and from it (no dependencies)
//   ExplainerCore       record, platform status, credit model, recovery planner
//   ExplainerNLU        normalisation, language detection, intent matcher, intents/ loading (Yams)
//   ExplainerKnowledge  knowledge/ loading, templates, rendering with evidence checks (Yams)
//   ExplainerEngine     diagnostic plugins, registry, sessions, the Engine
//   ExplainerStore      record store protocol, in-memory twin, SQLite (GRDB), audit log
//   ExplainerChat       the readline chat (CReadline: GNU readline from libreadline-dev)
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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    ],
    targets: [
        .target(name: "ExplainerJSON"),
        .target(name: "ExplainerCore", dependencies: ["ExplainerJSON"]),
        .target(name: "ExplainerNLU", dependencies: [
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "ExplainerKnowledge", dependencies: [
            "ExplainerCore",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "ExplainerEngine", dependencies: ["ExplainerJSON", "ExplainerCore", "ExplainerNLU", "ExplainerKnowledge"]),
        .target(name: "ExplainerStore", dependencies: [
            "ExplainerCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        .target(name: "ExplainerServer", dependencies: [
            "ExplainerJSON", "ExplainerCore", "ExplainerEngine", "ExplainerStore",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOFoundationCompat", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Histogram", package: "hdrhistogram-swift"),
        ]),
        .systemLibrary(name: "CReadline", path: "Sources/CReadline", providers: [.apt(["libreadline-dev"])]),
        .target(name: "ExplainerChat", dependencies: ["ExplainerCore", "ExplainerEngine", "ExplainerKnowledge", "ExplainerStore", "CReadline"]),
        .target(name: "ExplainerFAQ", dependencies: [
            "ExplainerJSON", "ExplainerCore", "ExplainerEngine", "ExplainerStore",
            .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(name: "explainer", dependencies: [
            "ExplainerCore", "ExplainerNLU", "ExplainerKnowledge", "ExplainerEngine", "ExplainerStore",
            "ExplainerServer", "ExplainerFAQ", "ExplainerChat",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Test support: drives a program in a pseudo-terminal (tmux). Used by test targets only.
        .target(name: "TerminalHarness"),
        // Test fixture: the chat front end with an echo handler instead of the engine.
        .executableTarget(name: "chat-harness-fixture", dependencies: ["ExplainerChat"], path: "Sources/ChatHarnessFixture"),
        .testTarget(name: "ExplainerChatTests", dependencies: ["ExplainerChat", "ExplainerKnowledge", "TerminalHarness"]),
        .testTarget(name: "ExplainerCoreTests", dependencies: ["ExplainerCore", "ExplainerKnowledge"]),
        .testTarget(name: "ExplainerNLUTests", dependencies: ["ExplainerNLU"], exclude: ["Fixtures"]),
        .testTarget(name: "ExplainerEngineTests", dependencies: ["ExplainerEngine"]),
        .testTarget(name: "ExplainerFAQTests", dependencies: ["ExplainerFAQ"]),
        .testTarget(name: "ExplainerStoreTests", dependencies: [
            "ExplainerStore",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "ExplainerCLITests", dependencies: ["TerminalHarness"], exclude: ["Fixtures"]),
        .testTarget(name: "ExplainerServerTests", dependencies: [
            "ExplainerServer", "ExplainerCore", "ExplainerStore", "ExplainerEngine", "ExplainerKnowledge", "ExplainerNLU",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
