import ArgumentParser

/// `explainer records`: imports, lists and shows the customers in the record store.
struct Records: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records",
        abstract: "Imports, lists and shows the customer records in the record store.",
        discussion: """
            The store is an SQLite file: --db PATH, else $EXPLAINER_DB, else \
            $XDG_DATA_HOME/explainer/explainer.sqlite (~/.local/share/explainer/explainer.sqlite). \
            A new store is seeded with examples/customers/*.json when run where that directory exists.
            """,
        subcommands: [Import.self, List.self, Show.self]
    )
}
