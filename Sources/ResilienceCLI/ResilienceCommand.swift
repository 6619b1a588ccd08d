import ArgumentParser
import Foundation

/// The `resilience` command: a thin tree of subcommands, one file each.
@main
struct ResilienceCommand: AsyncParsableCommand {
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
        subcommands: [AnalyzeCommand.self, DecomposeCommand.self, SensitivityCommand.self, InitConfigCommand.self, DemoDataCommand.self, ConvertCommand.self],
        defaultSubcommand: nil)

    /// Parses and runs the command. Usage errors (unknown options, bad values) exit with
    /// code 2 and argument-parser's message; the subcommands exit 1 on bad input.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
