import Foundation

/// Finds executables this package built, for tests that run them.
///
/// ```swift
/// let fixture = try BuiltProducts.executable("chat-harness-fixture")
/// ```
/// Looks, in order, in `$EXPLAINER_BUILD_DIR`, beside the running test binary (SwiftPM puts
/// test bundles and executables in the same directory), and in `.build/debug` of the package
/// that holds `filePath`.
public enum BuiltProducts {
    /// The absolute path of the executable `name`.
    ///
    /// - Throws: ``TerminalHarnessError`` `No built 'name' in …; build it with 'swift build'.`
    public static func executable(_ name: String, filePath: String = #filePath) throws -> String {
        let directories = searchDirectories(filePath: filePath)
        if let found = directories.map({ $0 + "/" + name }).first(where: FileManager.default.isExecutableFile) {
            return found
        }
        throw TerminalHarnessError("No built '\(name)' in \(directories.joined(separator: ", ")); build it with 'swift build'.")
    }

    static func searchDirectories(filePath: String) -> [String] {
        var directories: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["EXPLAINER_BUILD_DIR"], !explicit.isEmpty {
            directories.append(explicit)
        }
        if let testBinary = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            directories.append((testBinary as NSString).deletingLastPathComponent)
        }
        if let root = packageRoot(containing: filePath) {
            directories.append(root + "/.build/debug")
        }
        return directories
    }

    /// The nearest directory above `filePath` that holds a Package.swift.
    static func packageRoot(containing filePath: String) -> String? {
        var directory = (filePath as NSString).deletingLastPathComponent
        while directory.count > 1 {
            if FileManager.default.fileExists(atPath: directory + "/Package.swift") { return directory }
            directory = (directory as NSString).deletingLastPathComponent
        }
        return nil
    }
}
