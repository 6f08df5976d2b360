import ExplainerCore
import Foundation
import Yams

/// Reads knowledge/ and validates it; a broken file is reported with `file:line` and nothing is returned.
///
/// ```swift
/// let knowledge = try KnowledgeLoader.load(directory: "knowledge")
/// ```
/// Files: `credit-model.yaml`, `platform.yaml`, `reasons.yaml`, `steps.yaml`,
/// `answers.yaml`, `general.yaml`, `terms.yaml`.
public enum KnowledgeLoader {
    public static let files = ["credit-model.yaml", "platform.yaml", "reasons.yaml", "steps.yaml",
                               "answers.yaml", "general.yaml", "terms.yaml"]

    /// - Parameter digestAlso: further directories whose `*.yaml` files count in the digest
    ///   (the CLI passes intents/, so `health` and the audit log change when either does).
    public static func load(directory: String, platformOverride: String? = nil,
                            digestAlso: [String] = []) throws(KnowledgeErrors) -> Knowledge {
        var errors: [KnowledgeError] = []
        var yaml: [String: YAMLFile] = [:]
        var digest = Digest()
        for name in files {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                let file = try YAMLFile.load(path)
                yaml[name] = file
                digest.add(FileManager.default.contents(atPath: path) ?? Data())
            } catch { errors.append(error) }
        }
        for dir in digestAlso {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            for name in names {
                digest.add(Data(name.utf8))
                digest.add(FileManager.default.contents(atPath: (dir as NSString).appendingPathComponent(name)) ?? Data())
            }
        }
        guard errors.isEmpty, let model = yaml["credit-model.yaml"], let platformFile = yaml["platform.yaml"] else {
            throw KnowledgeErrors(errors)
        }
        var config: ModelConfig?
        var platform = PlatformStatus.normal
        do { config = try model.decode(ModelConfig.self) } catch { errors.append(error) }
        do {
            if let override = platformOverride {
                platform = try PlatformLoader.load(path: override)
            } else {
                platform = try platformFile.decode(PlatformStatus.self)
            }
        } catch { errors.append(error) }
        guard let config else { throw KnowledgeErrors(errors) }
        var k = Knowledge(model: config, platform: platform, reasons: [:], steps: [:],
                          answers: [:], general: [:], terms: [:], digest: digest.hex)
        if let f = yaml["reasons.yaml"] { k.reasons = reasons(f, &errors) }
        if let f = yaml["steps.yaml"] { k.steps = localizedMap(f.root, file: f, prefix: "", &errors) }
        if let f = yaml["answers.yaml"] { k.answers = localizedMap(f.root, file: f, prefix: "", &errors) }
        if let f = yaml["general.yaml"] { k.general = lists(f, &errors) }
        if let f = yaml["terms.yaml"] { k.terms = terms(f, &errors) }
        errors += KnowledgeChecker.check(k, files: yaml).filter { !$0.isWarning }
        guard errors.isEmpty else { throw KnowledgeErrors(errors) }
        return k
    }

    static func reasons(_ f: YAMLFile, _ errors: inout [KnowledgeError]) -> [ReasonCode: ReasonText] {
        var out: [ReasonCode: ReasonText] = [:]
        for (key, node) in f.root.mapping ?? [:] {
            let name = key.string ?? ""
            guard let code = ReasonCode(rawValue: name) else {
                errors.append(KnowledgeError(file: f.path, line: key.mark?.line, message: "\"\(name)\" is not a reason code"))
                continue
            }
            for (k, _) in node.mapping ?? [:] where !["title", "text", "advice", "disclose_threshold"].contains(k.string ?? "") {
                errors.append(KnowledgeError(file: f.path, line: k.mark?.line,
                    message: "\(name) has an unknown key \"\(k.string ?? "")\" (expected title, text, advice, disclose_threshold)"))
            }
            guard let title = localized(node["title"], file: f, name: "\(name).title", &errors),
                  let text = localized(node["text"], file: f, name: "\(name).text", &errors) else {
                if node["title"] == nil || node["text"] == nil {
                    errors.append(KnowledgeError(file: f.path, line: key.mark?.line, message: "\(name) needs both title and text"))
                }
                continue
            }
            let advice = node["advice"].flatMap { localized($0, file: f, name: "\(name).advice", &errors) }
            let disclose = node["disclose_threshold"]?.bool ?? false
            out[code] = ReasonText(title: title, text: text, advice: advice, discloseThreshold: disclose)
        }
        return out
    }

    /// A `{zh: …, en: …}` mapping, each a string or a list of alternatives.
    static func localized(_ node: Node?, file f: YAMLFile, name: String, _ errors: inout [KnowledgeError]) -> Localized? {
        guard let node else { return nil }
        func template(_ lang: String) -> Template? {
            guard let n = node[lang] else {
                errors.append(KnowledgeError(file: f.path, line: node.mark?.line, message: "\(name) has no \(lang) text (missing translation)"))
                return nil
            }
            if let s = n.string, n.scalar != nil { return Template([s], line: n.mark?.line) }
            let alts = n.sequence?.compactMap(\.string) ?? []
            guard !alts.isEmpty else {
                errors.append(KnowledgeError(file: f.path, line: n.mark?.line, message: "\(name).\(lang) should be a text or a list of texts"))
                return nil
            }
            return Template(alts, line: n.mark?.line)
        }
        guard node.mapping != nil else {
            errors.append(KnowledgeError(file: f.path, line: node.mark?.line, message: "\(name) should have zh and en texts"))
            return nil
        }
        guard let zh = template("zh"), let en = template("en") else { return nil }
        return Localized(zh: zh, en: en)
    }

    /// A nested mapping whose leaves are `{zh, en}`; keys are joined with dots.
    static func localizedMap(_ node: Node, file f: YAMLFile, prefix: String, _ errors: inout [KnowledgeError]) -> [String: Localized] {
        var out: [String: Localized] = [:]
        for (key, child) in node.mapping ?? [:] {
            let name = prefix.isEmpty ? (key.string ?? "") : prefix + "." + (key.string ?? "")
            if child["zh"] != nil || child["en"] != nil {
                if let l = localized(child, file: f, name: name, &errors) { out[name] = l }
            } else if child.mapping != nil {
                out.merge(localizedMap(child, file: f, prefix: name, &errors)) { a, _ in a }
            } else {
                errors.append(KnowledgeError(file: f.path, line: child.mark?.line, message: "\(name) should have zh and en texts"))
            }
        }
        return out
    }

    static func lists(_ f: YAMLFile, _ errors: inout [KnowledgeError]) -> [String: LocalizedList] {
        var out: [String: LocalizedList] = [:]
        for (key, node) in f.root.mapping ?? [:] {
            let name = key.string ?? ""
            let zh = node["zh"]?.sequence?.compactMap(\.string) ?? []
            let en = node["en"]?.sequence?.compactMap(\.string) ?? []
            if zh.isEmpty || en.isEmpty {
                errors.append(KnowledgeError(file: f.path, line: key.mark?.line, message: "\(name) needs a list of zh and a list of en causes"))
            }
            out[name] = LocalizedList(zh: zh, en: en)
        }
        return out
    }

    static func terms(_ f: YAMLFile, _ errors: inout [KnowledgeError]) -> [String: [Lang: String]] {
        var out: [String: [Lang: String]] = [:]
        for (key, node) in f.root.mapping ?? [:] {
            let name = key.string ?? ""
            guard let zh = node["zh"]?.string, let en = node["en"]?.string else {
                errors.append(KnowledgeError(file: f.path, line: key.mark?.line, message: "term \(name) needs zh and en"))
                continue
            }
            out[name] = [.zh: zh, .en: en]
        }
        return out
    }
}

/// Reads a platform status file (`--platform FILE`): YAML or JSON (JSON is YAML).
public enum PlatformLoader {
    public static func load(path: String) throws(KnowledgeError) -> PlatformStatus {
        try YAMLFile.load(path).decode(PlatformStatus.self)
    }
}

/// FNV-1a 64-bit over the knowledge files: a cheap, stable content digest.
struct Digest {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func add(_ data: Data) {
        for b in data { h ^= UInt64(b); h = h &* 0x100_0000_01b3 }
    }
    var hex: String { let s = String(h, radix: 16); return String(repeating: "0", count: 16 - s.count) + s }
}

