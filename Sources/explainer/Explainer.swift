import ArgumentParser

/// `explainer`: tells a consumer-credit customer why they can't borrow, from their own record.
@main
struct Explainer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explainer",
        abstract: "Explains, from a customer's own record, why they cannot borrow and what would fix it.",
        subcommands: [
            ChatCommandLine.self,
            AskCommand.self,
            DiagnoseCommand.self,
            CheckCommand.self,
            EvalCommand.self,
            Records.self,
            ServeCommand.self,
            AuditCommand.self,
            FAQCommand.self,
            BenchCommand.self,
        ]
    )
}
