import ArgumentParser

/// The `resilience` command: a thin tree of subcommands, one file each.
@main
struct ResilienceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resilience",
        abstract: "Composite index (CRITIC and other objective weights) and Gini / Dagum / source / two-way decompositions for panels of cities.",
        discussion: """
        Run the whole job on the built-in demo panel (synthetic, shaped like the study's 277 cities):
          resilience analyze
        Run it on your own data:
          resilience init-config > config.yaml    # edit the column names
          resilience analyze --data panel.csv --config config.yaml --out results

        Exit codes: 0 success, 1 bad input (the message names file, line and column), 2 usage error, 3 internal error (a bug).
        """,
        version: "0.1.0",
        subcommands: [AnalyzeCommand.self, DecomposeCommand.self, InitConfigCommand.self, DemoDataCommand.self],
        defaultSubcommand: nil)
}
