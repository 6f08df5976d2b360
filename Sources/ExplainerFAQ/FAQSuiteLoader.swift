import Foundation

/// Finds and reads suite files: a path given as a file is taken as it is; a folder is
/// searched recursively for `*.yaml` and `*.yml` (hidden entries skipped), sorted by path.
///
/// Problems are ``FAQSuiteError``s on the path: `faq/nope.yaml: no such file or folder`,
/// `faq/empty: holds no .yaml or .yml files`, `faq/a.yaml: is not valid UTF-8 text`.
public enum FAQSuiteLoader {
    /// One suite file found under the paths, or a path that could not be used.
    public struct Entry: Sendable, Equatable {
        public var file: String
        public var problem: FAQSuiteError?
    }

    /// The suite files under `paths`, in argument order, each folder's files sorted; duplicates once.
    public static func entries(for paths: [String]) -> [Entry] {
        var seen: Set<String> = []
        var out: [Entry] = []
        for path in paths {
            for entry in entries(forOne: path) where seen.insert(entry.file).inserted {
                out.append(entry)
            }
        }
        return out
    }

    /// Reads one file as UTF-8 text.
    public static func read(_ file: String) throws(FAQSuiteError) -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw FAQSuiteError(file: file, line: 0, problem: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FAQSuiteError(file: file, line: 0, problem: "is not valid UTF-8 text")
        }
        return text
    }

    static func entries(forOne path: String) -> [Entry] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return [Entry(file: path, problem: FAQSuiteError(file: path, line: 0, problem: "no such file or folder"))]
        }
        guard isFolder.boolValue else { return [Entry(file: path, problem: nil)] }
        var visited: Set<String> = []
        let files = suiteFiles(in: path, visited: &visited).sorted()
        guard !files.isEmpty else {
            return [Entry(file: path, problem: FAQSuiteError(file: path, line: 0, problem: "holds no .yaml or .yml files"))]
        }
        return files.map { Entry(file: $0, problem: nil) }
    }

    static func suiteFiles(in folder: String, visited: inout Set<String>) -> [String] {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var files: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                files += suiteFiles(in: path, visited: &visited)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                files.append(path)
            }
        }
        return files
    }
}
