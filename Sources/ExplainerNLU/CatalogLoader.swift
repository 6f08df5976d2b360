import Foundation
import Yams

/// Reads every file of `intents/`, collecting compiler-style issues as it goes.
///
/// The order matters: `_traditional.yaml` first (it normalises everything after it),
/// then `_synonyms.yaml` and the intent files (whose own `synonyms` join the shared
/// table), then the checks that need the finished normaliser (duplicate examples).
struct CatalogLoader {
    let directory: String
    var issues: [CheckIssue] = []
    var traditional = CharacterTable.empty
    var synonyms = SynonymTable()
    /// Where each synonym variant was defined, for conflict messages.
    var synonymOrigin: [String: String] = [:]
    var configuration = MatcherConfiguration()
    var followUpSource = FollowUpSource()
    var intents: [IntentDefinition] = []

    static let settingsFiles = ["_matcher.yaml", "_synonyms.yaml", "_traditional.yaml", "_followups.yaml"]

    init(directory: String) { self.directory = directory }

    func shown(_ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    mutating func error(_ file: String, _ line: Int?, _ message: String) {
        issues.append(CheckIssue(file: file, line: line, severity: .error, message: message))
    }

    mutating func warning(_ file: String, _ line: Int?, _ message: String) {
        issues.append(CheckIssue(file: file, line: line, severity: .warning, message: message))
    }

    /// Loads everything; the catalog is nil when any error was found.
    mutating func load() -> IntentCatalog? {
        let url = URL(fileURLWithPath: directory, isDirectory: true)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            error(directory, nil, "is not a readable directory of intent files")
            return nil
        }
        let yamlNames = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        let documents = yamlNames.compactMap { name in
            YAMLDocument.read(url.appendingPathComponent(name), shownAs: shown(name), issues: &issues).map { (name, $0) }
        }
        func settings(_ name: String) -> YAMLDocument? { documents.first { $0.0 == name }?.1 }
        loadSettings(settings)
        for (name, doc) in documents where name.hasPrefix("_") && !Self.settingsFiles.contains(name) {
            warning(doc.file, nil, "is not a settings file this version reads (\(Self.settingsFiles.joined(separator: ", "))); ignored")
        }
        for (name, doc) in documents where !name.hasPrefix("_") {
            if let intent = readIntent(doc, fileName: name) { intents.append(intent) }
        }
        checkCoverage()
        if configuration.typoCorrection { synonyms.enableTypoCorrection(knownWords: exampleWords()) }
        let normalizer = Normalizer(traditional: traditional, synonyms: synonyms)
        checkExamples(normalizer)
        issues.sort(by: Self.order)
        guard !issues.contains(where: { $0.severity == .error }) else { return nil }
        let followUps = FollowUpDetector(source: followUpSource, normalizer: Normalizer(traditional: traditional))
        return IntentCatalog(directory: directory, intents: intents.sorted { $0.id < $1.id },
                             configuration: configuration, normalizer: normalizer,
                             followUps: followUps, warnings: issues)
    }

    mutating func loadSettings(_ settings: (String) -> YAMLDocument?) {
        for name in Self.settingsFiles where settings(name) == nil {
            let exists = FileManager.default.fileExists(atPath: URL(fileURLWithPath: directory).appendingPathComponent(name).path)
            if !exists { warning(shown(name), nil, "is missing; using built-in defaults (nothing for tables)") }
        }
        if let doc = settings("_traditional.yaml") { readTraditional(doc) }
        if let doc = settings("_synonyms.yaml") { readSynonyms(doc.root, file: doc.file) }
        if let doc = settings("_matcher.yaml") { readMatcher(doc) }
        if let doc = settings("_followups.yaml") { readFollowUps(doc) }
    }

    static func order(_ a: CheckIssue, _ b: CheckIssue) -> Bool {
        if a.file != b.file { return a.file < b.file }
        return (a.line ?? 0) < (b.line ?? 0)
    }

    /// Every Latin word the examples use as written (normalised, before synonyms).
    func exampleWords() -> Set<String> {
        let plain = Normalizer(traditional: traditional)
        var words = Set<String>()
        for intent in intents {
            for example in intent.examples {
                for w in TypoIndex.words(plain.surfaceUnits(example.text).0) {
                    words.insert(String(String.UnicodeScalarView(w.compactMap(Unicode.Scalar.init))))
                }
            }
        }
        return words
    }

    /// Normalised form of a synonym or pattern, before synonym rewriting.
    func surface(_ text: String) -> String {
        let (units, _) = Normalizer(traditional: traditional).surfaceUnits(text)
        var s = String.UnicodeScalarView()
        for u in units { if let c = Unicode.Scalar(u) { s.append(c) } }
        return String(s)
    }
}
