import ArgumentParser
import Foundation
import PanelData
import Reporting
import Resilience

/// `resilience sensitivity`: the whole pipeline once per weighting method, compared side
/// by side (weights, rank correlations of the unit scores, Gini and shares, conclusions).
struct SensitivityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Run the whole analysis under several weighting methods and compare weights, rankings, Gini shares and conclusions.",
        discussion: """
        The first method is the reference the others are compared with. Writes results.json, \
        sensitivity.csv (Gini and shares per method and year), sensitivity-weights.csv, \
        sensitivity-spearman.csv, sensitivity-conclusions.csv, sensitivity.md, sensitivity.tex, \
        fig-sensitivity.svg, fig-sensitivity-spearman.svg and report.html.
        Examples:
          resilience sensitivity                                  # the built-in synthetic demo panel
          resilience sensitivity --data panel.csv --config config.yaml --out sensitivity
          resilience sensitivity --methods critic,entropy,equal
        """)

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: ArgumentHelp("Comma-separated weighting methods to compare; the first is the reference (critic, entropy, cv, stdev, equal, given).", valueName: "m,m,..."))
    var methods = MethodList(Sensitivity.defaultMethods)

    @Option(name: .long, help: ArgumentHelp("Override the configuration's standardisation.", valueName: "mode"))
    var standardization: StandardizationMode?

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out = "resilience-sensitivity"

    @Option(name: .long, help: ArgumentHelp("Decimal places of the tables: one number for all, or scores,gini,percent.", valueName: "n[,n,n]"))
    var digits = TableDigits()

    @Flag(name: .long, help: "Replace --out even if it holds something resilience did not write.")
    var force = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard methods.methods.count >= 2 else {
            throw ValidationError("--methods needs at least two methods to compare (found \(methods.methods.map(\.rawValue).joined(separator: ",")))")
        }
    }

    func run() async throws {
        do {
            let folder = try OutputFolder(path: out, force: force)
            do {
                var input = try data.load()
                if let standardization { input.configuration.standardization = standardization }
                let result = try await Sensitivity.run(
                    panel: input.takePanel(), configuration: input.configuration, source: input.source,
                    synthetic: input.synthetic, methods: methods.methods, readerWarnings: input.warnings,
                    encoding: input.encoding, options: Analysis.Options(dropIncomplete: data.dropIncomplete))
                try SensitivityOutput.write(result, digits: digits, to: folder)
                try SensitivityOutput.writeReport(result, digits: digits, to: folder)
                try folder.commit()
                if !quiet {
                    Console.print(SensitivitySummary.render(result, digits: digits))
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

/// The files of a sensitivity: results.json and the CSV tables (`write`), and the
/// Markdown and LaTeX tables, charts and report.html (`writeReport`).
enum SensitivityOutput {
    static func write(_ result: SensitivityResult, digits: TableDigits, to folder: OutputFolder,
                      resultsName: String = "results.json") throws {
        try folder.write(resultsName) { sink in try SensitivityJSON.write(result, to: sink) }
        for (file, table) in SensitivityTables(result, digits: digits).csvFiles {
            try folder.write(file, CSVTableRenderer.render(table))
        }
    }

    static func writeReport(_ result: SensitivityResult, digits: TableDigits, to folder: OutputFolder) throws {
        for file in SensitivityReport.files(result, digits: digits) { try folder.write(file.name, file.text) }
    }
}

/// `--methods`: comma-separated weighting methods, in the order given, without repeats.
struct MethodList: ExpressibleByArgument {
    var methods: [WeightingMethod]

    init(_ methods: [WeightingMethod]) { self.methods = methods }

    init?(argument: String) {
        var methods: [WeightingMethod] = []
        for part in argument.split(separator: ",") {
            guard let method = WeightingMethod(rawValue: part.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
            if !methods.contains(method) { methods.append(method) }
        }
        guard !methods.isEmpty else { return nil }
        self.methods = methods
    }

    var defaultValueDescription: String { methods.map(\.rawValue).joined(separator: ",") }
}

extension SensitivityOutput {
    /// The comparison `analyze --sensitivity` adds to its output: the run's own method
    /// first (the reference, reused, not recomputed), then the other default methods.
    static func compare(_ result: AnalysisResult, panel: Panel, input: LoadedInput,
                        dropIncomplete: Bool) async throws -> SensitivityResult {
        let methods = [result.weighting] + Sensitivity.defaultMethods.filter { $0 != result.weighting }
        return try await Sensitivity.run(panel: panel, configuration: input.configuration, source: input.source,
                                         synthetic: input.synthetic, methods: methods, existing: result,
                                         readerWarnings: input.warnings, encoding: input.encoding,
                                         options: Analysis.Options(dropIncomplete: dropIncomplete))
    }
}
