import ArgumentParser
import Foundation
import PanelData
import PanelIO
import Reporting
import Resilience

/// `resilience analyze`: the whole job, from a panel to tables, results.json and the report.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Impute, standardise, weight, score and decompose a panel; write tables, charts, maps, report.html and results.json.",
        discussion: """
        Examples:
          resilience analyze                   # the built-in SYNTHETIC demo panel
          resilience analyze --data panel.csv --config config.yaml --out results
          resilience analyze --weighting entropy --out results-entropy
          resilience analyze --map-years 2009,2023 --classes 4 --breaks quantile
          resilience analyze --kernel epanechnikov --digits 3,4,2
          resilience analyze --boundaries provinces.geojson
          resilience analyze --bootstrap 999 --ci 0.95 --seed 1   # intervals
        The output folder is written in full or not at all; an earlier output of \
        resilience is replaced.
        """)

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out = "resilience-output"

    @Option(name: .long, help: ArgumentHelp("Override the configuration's weighting.", valueName: "method"))
    var weighting: WeightingMethod?

    @Option(name: .long, help: ArgumentHelp("Override the configuration's standardisation.", valueName: "mode"))
    var standardization: StandardizationMode?

    @Option(name: .long, help: ArgumentHelp("Decimal places of the tables: one number for all, or scores,gini,percent.", valueName: "n[,n,n]"))
    var digits = TableDigits()

    @Option(name: .long, help: ArgumentHelp("Years to map and to draw in the density chart, comma-separated (default: the first, the last and two between).", valueName: "years"))
    var mapYears: YearList?

    @Option(name: .long, help: ArgumentHelp("Number of score classes on the maps (2-9).", valueName: "n"))
    var classes = 5

    @Option(name: .long, help: ArgumentHelp("How the map classes are cut.", valueName: "method"))
    var breaks: ClassBreaks.Method = .jenks

    @Option(name: .long, help: ArgumentHelp("Kernel of the density chart: gaussian (Silverman's bandwidth) or epanechnikov (Stata's rule).", valueName: "kernel"))
    var kernel: KernelDensity.Kernel = .gaussian

    @Option(name: .long, help: ArgumentHelp("GeoJSON boundaries (polygons as areas, lines as lines) drawn under the map dots.", valueName: "file.geojson"))
    var boundaries: String?

    @OptionGroup var bootstrap: BootstrapArguments

    @Flag(name: .long, help: "Also run the analysis under the other weighting methods (critic, entropy, cv, stdev, equal) and add the comparison to the report, with sensitivity*.csv and its charts (see `resilience sensitivity`).")
    var sensitivity = false

    @Flag(name: .long, help: "Replace --out even if it holds something resilience did not write.")
    var force = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard (2...9).contains(classes) else {
            throw ValidationError("--classes must be between 2 and 9 (found \(classes))")
        }
    }

    func run() async throws {
        do {
            var options = ReportOptions(digits: digits, mapYears: mapYears?.years, classes: classes, breaks: breaks, kernel: kernel)
            if let boundaries {
                options.boundaries = try Self.readBoundaries(boundaries)
                options.boundariesSource = boundaries
            }
            let folder = try OutputFolder(path: out, force: force)
            do {
                var input = try data.load()
                if let years = options.mapYears { try Self.checkMapYears(years, panelYears: input.panel.years) }
                if let weighting { input.configuration.weighting = weighting }
                if let standardization { input.configuration.standardization = standardization }
                let progress = ProgressBar(label: "bootstrap", total: bootstrap.bootstrap, quiet: quiet)
                let analysisOptions = Analysis.Options(dropIncomplete: data.dropIncomplete, bootstrap: bootstrap.options,
                                                       onReplicate: { progress.advance() })
                let sensitivityPanel = sensitivity ? input.panel : nil
                let result = try await Analysis.run(panel: input.takePanel(), configuration: input.configuration, source: input.source,
                                              synthetic: input.synthetic, readerWarnings: input.warnings,
                                              encoding: input.encoding,
                                              options: analysisOptions)
                var comparison: SensitivityResult?
                if let sensitivityPanel {
                    comparison = try await SensitivityOutput.compare(result, panel: sensitivityPanel, input: input,
                                                                     dropIncomplete: data.dropIncomplete)
                }
                try AnalysisOutput.write(result, options: options, sensitivity: comparison, to: folder)
                try folder.commit()
                if !quiet {
                    Console.print(TerminalSummary.render(result, digits: digits))
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

    /// Every `--map-years` year must be a year of the panel; checked once the panel is
    /// read and before the analysis (and any bootstrap) runs.
    static func checkMapYears(_ years: [Int], panelYears: [Int]) throws(UsageError) {
        guard let missing = years.first(where: { !panelYears.contains($0) }) else { return }
        guard let first = panelYears.first, let last = panelYears.last else {
            throw UsageError(option: "--map-years", problem: "the panel has no years to map (found \(missing))",
                             hint: "check the year column of the data")
        }
        let span = first == last ? "\(first)" : "\(first)-\(last)"
        let example = first == last ? "\(first)" : "\(first),\(last)"
        throw UsageError(option: "--map-years", problem: "\(missing) is not a year of the panel (its years: \(span))",
                         hint: "name years of the panel, e.g. --map-years \(example), or leave --map-years out")
    }

    /// Reads and decodes the `--boundaries` file; a problem becomes a diagnostic naming
    /// the file.
    static func readBoundaries(_ path: String) throws -> GeoJSONBoundaries {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Diagnostic(file: path, line: 1, column: 1, problem: "cannot read the --boundaries file",
                             hint: "check the path given to --boundaries")
        }
        do {
            return try GeoJSONBoundaries(data: data, file: path)
        } catch {
            throw Diagnostic(file: path, line: 1, column: 1, problem: error.problem,
                             hint: "--boundaries needs GeoJSON with Polygon or MultiPolygon geometries (drawn as areas) or LineString or MultiLineString ones (drawn as lines), in longitude and latitude")
        }
    }
}

extension WeightingMethod: ExpressibleByArgument {}
extension StandardizationMode: ExpressibleByArgument {}
extension ClassBreaks.Method: ExpressibleByArgument {}
extension KernelDensity.Kernel: ExpressibleByArgument {}

/// `--digits`: one number for every kind of table value, or three (scores, Gini terms,
/// percentages), each 0-10.
extension TableDigits: ExpressibleByArgument {
    public init?(argument: String) {
        let parts = argument.split(separator: ",", omittingEmptySubsequences: false)
            .map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 1 || parts.count == 3, parts.allSatisfy({ $0.map { (0...10).contains($0) } ?? false }) else {
            return nil
        }
        let values = parts.compactMap { $0 }
        self = values.count == 1 ? TableDigits(scores: values[0], gini: values[0], percent: values[0])
            : TableDigits(scores: values[0], gini: values[1], percent: values[2])
    }

    public var defaultValueDescription: String { "\(scores),\(gini),\(percent)" }
}

/// `--map-years`: comma-separated years, in the order given, without repeats.
struct YearList: ExpressibleByArgument {
    var years: [Int]

    init?(argument: String) {
        var years: [Int] = []
        for part in argument.split(separator: ",") {
            guard let year = Int(part.trimmingCharacters(in: .whitespaces)) else { return nil }
            if !years.contains(year) { years.append(year) }
        }
        guard !years.isEmpty else { return nil }
        self.years = years
    }
}

/// The files of an `analyze` run.
enum AnalysisOutput {
    static func write(_ result: AnalysisResult, options: ReportOptions = ReportOptions(), sensitivity: SensitivityResult? = nil,
                      to folder: OutputFolder) throws {
        try folder.write("results.json") { sink in try ResultsJSON.write(result, to: sink) }
        try folder.write("imputed.csv", ImputedCellsCSV.render(result.input))
        let tables = AnalysisTables(result, digits: options.digits)
        for (file, table) in tables.csvFiles { try folder.write(file, CSVTableRenderer.render(table)) }
        try folder.write("scores.csv") { sink in try tables.writeScoresCSV(to: sink) }
        if let sensitivity { try SensitivityOutput.write(sensitivity, digits: options.digits, to: folder, resultsName: "sensitivity.json") }
        let sections = sensitivity.map { [SensitivityReport.section($0, digits: options.digits)] } ?? []
        for file in ReportFiles.render(result, options: options, sections: sections) { try folder.write(file.name, file.text) }
    }
}
