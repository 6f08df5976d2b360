/// What Tab completes, decided without a terminal so it can be tested directly.
///
/// - the first word, when it starts with `:` — command names (`:us` → `:user`);
/// - the word after `:user ` — customer ids;
/// - the word after `:lang ` — `auto`, `zh`, `en`.
///
/// Matching ignores case; the typed word is replaced by the longest prefix all matches share.
public struct CompletionVocabulary: Sendable, Hashable {
    /// The customer ids offered after `:user `.
    public var userIDs: [String]

    public init(userIDs: [String] = []) {
        self.userIDs = userIDs
    }

    /// The completion of `word`, which follows `before` on the line (`before` may end in blanks).
    ///
    /// Returns nil when nothing matches. `substitution` replaces the typed word;
    /// `matches` are listed on a second Tab when there are several.
    public func complete(_ word: String, after before: String) -> Completion? {
        let matches = candidates(after: before).filter { $0.lowercased().hasPrefix(word.lowercased()) }
        guard let first = matches.first else { return nil }
        return Completion(substitution: Self.commonPrefix(of: matches, startingWith: first), matches: matches)
    }

    /// Everything that may stand in the word after `before`, sorted, without duplicates.
    func candidates(after before: String) -> [String] {
        let words = before.split(whereSeparator: \.isWhitespace).map(String.init)
        switch words.count {
        case 0: return ChatCommand.Name.allCases.map { ":" + $0.rawValue }
        case 1: return arguments(of: words[0])
        default: return []
        }
    }

    private func arguments(of commandWord: String) -> [String] {
        guard let colon = commandWord.first, colon == ":" || colon == "：" else { return [] }
        switch ChatCommand.Name(spelling: String(commandWord.dropFirst())) {
        case .user: return Array(Set(userIDs)).sorted()
        case .lang: return LanguageSetting.allCases.map(\.rawValue)
        default: return []
        }
    }

    /// The longest prefix (compared ignoring case) of all `matches`, spelled as in `first`.
    static func commonPrefix(of matches: [String], startingWith first: String) -> String {
        var prefix = Array(first)
        for match in matches.dropFirst() {
            let other = Array(match)
            var shared = 0
            while shared < min(prefix.count, other.count),
                  prefix[shared].lowercased() == other[shared].lowercased() {
                shared += 1
            }
            prefix.removeLast(prefix.count - shared)
        }
        return String(prefix)
    }
}

extension CompletionVocabulary {
    /// The result of completing one word.
    public struct Completion: Sendable, Hashable {
        /// What replaces the typed word.
        public var substitution: String
        /// Every candidate that matched.
        public var matches: [String]
    }
}
