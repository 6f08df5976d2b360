/// Every problem found in one suite file, in file order.
///
/// The parser keeps going after a bad case, so a maintainer sees all of a
/// file's mistakes at once; `description` is one `file:line: problem` per line.
public struct FAQSuiteErrors: Error, Sendable, Equatable, CustomStringConvertible {
    public var errors: [FAQSuiteError]

    public init(_ errors: [FAQSuiteError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
