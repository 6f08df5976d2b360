import Foundation

/// Runs FAQ suites against a subject and reports as `explainer faq run` does.
///
/// Each case runs its turns in order in one conversation; every turn is asked even
/// after one fails (a thrown error stops the case). Output, line by line: one
/// `PASS`/`FAIL` line per case as it finishes, then a report per failure, then
/// exactly `N passed, N failed`.
///
///     let result = await FAQRunner().run(paths: ["faq"], filter: nil, subject: subject) { print($0) }
///     exit(result.exitCode)
public struct FAQRunner: Sendable {
    /// Measures each case for JUnit's `time`; nil reports zero times.
    public var clock: (any Clock<Duration>)?

    public init(clock: (any Clock<Duration>)? = nil) {
        self.clock = clock
    }

    /// Loads the suites under `paths`, runs the cases whose name contains `filter`, and prints the report.
    public func run(paths: [String], filter: String? = nil, subject: any FAQSubject,
                    output: (String) -> Void) async -> FAQRunResult {
        var files: [FAQFileResult] = []
        for entry in FAQSuiteLoader.entries(for: paths) {
            files.append(await runFile(entry, filter: filter, subject: subject, output: output))
        }
        let result = FAQRunResult(files: files)
        finish(result, filter: filter, output: output)
        return result
    }

    /// Runs one case in a fresh conversation.
    public func runCase(_ faqCase: FAQCase, file: String, subject: any FAQSubject) async -> FAQCaseResult {
        var result = FAQCaseResult(file: file, name: faqCase.name, line: faqCase.line)
        let started = clock.map { $0.now }
        await play(faqCase, subject: subject, into: &result)
        if let clock, let started { result.duration = elapsed(clock, since: started) }
        return result
    }

    /// Runs one file's selected cases, printing each case's line as it finishes.
    func runFile(_ entry: FAQSuiteLoader.Entry, filter: String?, subject: any FAQSubject,
                 output: (String) -> Void) async -> FAQFileResult {
        let suite: FAQSuite
        switch load(entry, knownIntents: subject.knownIntents) {
        case let .success(loaded):
            suite = loaded
        case let .failure(errors):
            let file = FAQFileResult(file: entry.file, suiteErrors: errors.errors)
            output(FAQReport.malformedLine(file))
            return file
        }
        var result = FAQFileResult(file: entry.file)
        for c in suite.cases where filter.map({ c.name.contains($0) }) ?? true {
            let caseResult = await runCase(c, file: entry.file, subject: subject)
            output(FAQReport.caseLine(caseResult))
            result.cases.append(caseResult)
        }
        return result
    }

    func load(_ entry: FAQSuiteLoader.Entry, knownIntents: Set<String>?) -> Result<FAQSuite, FAQSuiteErrors> {
        if let problem = entry.problem { return .failure(FAQSuiteErrors([problem])) }
        do throws(FAQSuiteError) {
            let text = try FAQSuiteLoader.read(entry.file)
            return Result { () throws(FAQSuiteErrors) in
                try FAQSuiteParser.parse(text, file: entry.file, knownIntents: knownIntents)
            }
        } catch {
            return .failure(FAQSuiteErrors([error]))
        }
    }

    func play(_ faqCase: FAQCase, subject: any FAQSubject, into result: inout FAQCaseResult) async {
        var conversation: any FAQConversation
        do {
            conversation = try await subject.startConversation(
                user: faqCase.user, record: faqCase.record, platform: faqCase.platform,
                now: faqCase.now, lang: faqCase.lang)
        } catch {
            result.error = FAQCaseError(turn: nil, ask: nil, message: "\(error)")
            return
        }
        for (i, turn) in faqCase.turns.enumerated() {
            do {
                let reply = try await conversation.ask(turn.ask)
                let mismatches = turn.expect.mismatches(in: reply)
                if !mismatches.isEmpty {
                    result.failures.append(FAQTurnFailure(number: i + 1, ask: turn.ask, line: turn.line,
                                                          mismatches: mismatches, reply: reply))
                }
            } catch {
                result.error = FAQCaseError(turn: i + 1, ask: turn.ask, message: "\(error)")
                return
            }
        }
    }

    func finish(_ result: FAQRunResult, filter: String?, output: (String) -> Void) {
        for file in result.files {
            if file.isMalformed {
                output("")
                FAQReport.details(malformed: file).forEach(output)
            }
            for c in file.cases where !c.passed {
                output("")
                FAQReport.details(c).forEach(output)
            }
        }
        if result.passed + result.failed == 0 {
            output("")
            output(filter.map { "no case matches --filter \"\($0)\"" } ?? "no case found")
        }
        output("")
        output(result.summary)
    }

    func elapsed<C: Clock<Duration>>(_ clock: C, since start: any InstantProtocol<Duration>) -> Duration {
        guard let start = start as? C.Instant else { return .zero }
        return start.duration(to: clock.now)
    }
}
