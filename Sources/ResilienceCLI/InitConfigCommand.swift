import ArgumentParser
import PanelIO

/// `resilience init-config`: print the built-in configuration as YAML.
struct InitConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init-config",
        abstract: "Print the built-in configuration (the study's 12 indicators in 3 dimensions) as YAML.",
        discussion: "Example:\n  resilience init-config > config.yaml")

    func run() throws {
        Console.print(ConfigurationWriter.yaml(.study))
    }
}
