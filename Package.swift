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
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    ],
    targets: [
        .target(name: "ExplainerCore"),
        .executableTarget(name: "explainer", dependencies: [
            "ExplainerCore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "ExplainerServer", dependencies: [
            "ExplainerCore",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOFoundationCompat", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Histogram", package: "hdrhistogram-swift"),
        ]),
        .testTarget(name: "ExplainerCoreTests", dependencies: ["ExplainerCore"]),
        .testTarget(name: "ExplainerServerTests", dependencies: [
            "ExplainerServer",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
