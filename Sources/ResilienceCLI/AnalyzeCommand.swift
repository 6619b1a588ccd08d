import ArgumentParser
import Foundation
import PanelData
import PanelIO
import Reporting
import Resilience

/// `resilience analyze`: the whole job, from a panel to tables, results.json and the report.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Impute, standardise, weight, score and decompose a panel; write tables and results.json.",
        discussion: """
        Examples:
          resilience analyze                                   # the built-in synthetic demo panel
          resilience analyze --data panel.csv --config config.yaml --out results
          resilience analyze --weighting entropy --out results-entropy
        The output folder is written in full or not at all; an earlier output of resilience is replaced.
        """)

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out = "resilience-output"

    @Option(name: .long, help: ArgumentHelp("Override the configuration's weighting.", valueName: "method"))
    var weighting: WeightingMethod?

    @Option(name: .long, help: ArgumentHelp("Override the configuration's standardisation.", valueName: "mode"))
    var standardization: StandardizationMode?

    @Flag(name: .long, help: "Replace --out even if it holds something resilience did not write.")
    var force = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        do {
            let folder = try OutputFolder(path: out, force: force)
            do {
                var input = try data.load()
                if let weighting { input.configuration.weighting = weighting }
                if let standardization { input.configuration.standardization = standardization }
                let result = try Analysis.run(panel: input.panel, configuration: input.configuration, source: input.source,
                                              synthetic: input.synthetic, readerWarnings: input.warnings,
                                              encoding: input.encoding,
                                              options: Analysis.Options(dropIncomplete: data.dropIncomplete))
                try AnalysisOutput.write(result, to: folder)
                try folder.commit()
                if !quiet {
                    Console.print(TerminalSummary.render(result))
                    Console.print("Wrote \(folder.destination.path)")
                }
            } catch {
                folder.discard()
                throw error
            }
        } catch {
            Failure.exit(error)
        }
    }
}

extension WeightingMethod: ExpressibleByArgument {}
extension StandardizationMode: ExpressibleByArgument {}

/// The files of an `analyze` run.
enum AnalysisOutput {
    static func write(_ result: AnalysisResult, to folder: OutputFolder) throws {
        try folder.write("results.json") { sink in try ResultsJSON.write(result, to: sink) }
        try folder.write("imputed.csv", ImputedCellsCSV.render(result.input))
        let tables = AnalysisTables(result)
        for (file, table) in tables.csvFiles { try folder.write(file, CSVTableRenderer.render(table)) }
        try folder.write("scores.csv") { sink in try tables.writeScoresCSV(to: sink) }
    }
}
