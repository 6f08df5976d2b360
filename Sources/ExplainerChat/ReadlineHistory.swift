import CReadline
import Foundation

/// The readline history list and the file it is kept in across runs.
///
/// Loads the file at start, appends each new line to it at once (so a killed process loses
/// nothing), and trims it to `limit` lines when the session ends. A file that cannot be
/// created, read or written costs only the persistence: one warning, and the session goes on.
final class ReadlineHistory {
    private var path: String?
    private let limit: Int
    private let diagnostics: any TextSink
    private var lastLine: String?

    init(path: String?, limit: Int, diagnostics: any TextSink) {
        self.limit = max(limit, 1)
        self.diagnostics = diagnostics
        using_history()
        stifle_history(Int32(clamping: self.limit))
        self.path = path.flatMap(prepare)
        if let file = self.path { load(file) }
    }

    /// Adds a line the user entered, unless it is blank or repeats the previous one.
    func record(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != lastLine else { return }
        lastLine = line
        add_history(line)
        guard let file = path else { return }
        let status = append_history(1, file)
        if status != 0 { giveUp("cannot write the history file \(file) (\(reason(status)))") }
    }

    /// Trims the file to `limit` lines and empties the in-memory list.
    func close() {
        if let file = path { _ = history_truncate_file(file, Int32(clamping: limit)) }
        path = nil
        clear_history()
    }

    /// Creates the directory (mode 700) and the file (mode 600); nil, after a warning, if that fails.
    private func prepare(_ file: String) -> String? {
        let directory = (file as NSString).deletingLastPathComponent
        let status = Self.makeDirectory(directory)
        guard status == 0 else {
            warn("cannot create the history directory \(directory) (\(reason(status)))", unsaved: true)
            return nil
        }
        let fd = open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            warn("cannot write the history file \(file) (\(reason(errno)))", unsaved: true)
            return nil
        }
        Foundation.close(fd)
        return file
    }

    /// `mkdir -p` with mode 700; 0, or the errno of the step that failed.
    static func makeDirectory(_ directory: String) -> Int32 {
        guard !directory.isEmpty, directory != "/" else { return 0 }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            return isDirectory.boolValue ? 0 : ENOTDIR
        }
        let parentStatus = makeDirectory((directory as NSString).deletingLastPathComponent)
        guard parentStatus == 0 else { return parentStatus }
        return mkdir(directory, 0o700) == 0 || errno == EEXIST ? 0 : errno
    }

    private func load(_ file: String) {
        // An empty file is no history (libedit would call it an error: it expects a header line).
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        guard size > 0 else { return }
        let status = read_history(file)
        if status != 0 { warn("cannot read the history file \(file) (\(reason(status)))", unsaved: false) }
    }

    private func giveUp(_ problem: String) {
        path = nil
        warn(problem, unsaved: true)
    }

    private func warn(_ problem: String, unsaved: Bool) {
        let consequence = unsaved ? "this session's history will not be saved" : "starting with an empty history"
        diagnostics.write("explainer: warning: \(problem); \(consequence).\n")
    }

    private func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
