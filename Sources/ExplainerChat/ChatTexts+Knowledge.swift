import ExplainerCore
import ExplainerKnowledge

extension ChatTexts {
    /// Takes the chat's sentences, in both languages, from `knowledge` (answers.yaml `chat.*`).
    ///
    /// - Throws: ``KnowledgeErrors`` naming every `chat.*` answer it lacks, worded as `explainer check`
    ///   words it: `knowledge/answers.yaml: answer chat.goodbye is missing`. Knowledge loaded by
    ///   `KnowledgeLoader` never lacks one (it refuses such a directory); hand-built knowledge might.
    public init(knowledge: Knowledge) throws(KnowledgeErrors) {
        var reader = Reader(knowledge: knowledge)
        let zh = reader.language(.zh)
        let en = reader.language(.en)
        guard reader.missing.isEmpty else {
            throw KnowledgeErrors(reader.missing.sorted().map {
                KnowledgeError(file: "knowledge/answers.yaml", line: nil, message: "answer \($0) is missing")
            })
        }
        self.init(zh: zh, en: en)
    }

    /// Loads the knowledge directory (`knowledge/`) and takes the chat's sentences from it.
    ///
    /// - Throws: ``KnowledgeErrors`` with every problem in the directory, as `file:line: …`.
    public init(knowledgeDirectory: String) throws(KnowledgeErrors) {
        try self.init(knowledge: KnowledgeLoader.load(directory: knowledgeDirectory))
    }

    /// Reads `chat.*` answers one language at a time, noting the names it cannot find.
    private struct Reader {
        let knowledge: Knowledge
        var missing: Set<String> = []

        mutating func language(_ lang: Lang) -> Language {
            var summaries: [ChatCommand.Name: String] = [:]
            for name in ChatCommand.Name.allCases {
                summaries[name] = text("chat.command." + name.rawValue, lang)
            }
            // A clarifying question offers two options, numbered as the engine numbers them.
            return Language(
                prompt: text("chat.prompt", lang), goodbye: text("chat.goodbye", lang),
                helpHeading: text("chat.help.heading", lang), keysHelp: text("chat.help.keys", lang, ["one": "1", "two": "2"]),
                summaries: summaries,
                inputErrors: InputErrors(
                    unknownCommand: template("chat.input.unknown_command", lang),
                    missingUser: template("chat.input.missing_user", lang),
                    missingLanguage: template("chat.input.missing_language", lang),
                    badUser: template("chat.input.bad_user", lang),
                    badLanguage: template("chat.input.bad_language", lang),
                    unexpectedArgument: template("chat.input.unexpected_argument", lang)))
        }

        /// The answer `name` filled from `values` (raw strings: no terms looked up).
        mutating func text(_ name: String, _ lang: Lang, _ values: [String: String] = [:]) -> String {
            template(name, lang).fill { values[$0] } ?? ""
        }

        mutating func template(_ name: String, _ lang: Lang) -> Template {
            guard let answer = knowledge.answers[name] else {
                missing.insert(name)
                return Template([])
            }
            return answer[lang]
        }
    }
}
