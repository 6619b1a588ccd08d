import Foundation
import Inequality
import PanelData
import PanelIO
import Weighting

/// The stages of an analysis, reported to ``Analysis/Options/onStage`` as each ends (the
/// benchmark times them).
public enum AnalysisStage: String, Sendable, CaseIterable {
    case impute
    case standardizeAndWeigh = "standardise + weights"
    case score = "scores"
    case decompose = "Gini + Dagum + sources + two-way"
    case theil = "Theil"
}

/// The pipeline (STYLE.md): impute, standardise, weight, score, then decompose every
/// year. It reads nothing and writes nothing: the CLI loads the panel and writes the
/// result.
///
/// Memory: the panel is consumed and its columns are standardised in place, and each
/// year's decomposition input is built only while that year is decomposed, so a run
/// needs about the panel's size plus the scores.
public enum Analysis {
    /// Options of one run beyond the configuration.
    public struct Options: Sendable {
        public var dropIncomplete = false
        /// Decompose years on all cores (results are identical to the serial run).
        public var parallel = true
        /// Called when each stage ends.
        public var onStage: (@Sendable (AnalysisStage) -> Void)?
        /// Bootstrap confidence intervals, when wanted.
        public var bootstrap: BootstrapOptions?
        /// Called after each bootstrap replicate (for a progress bar).
        public var onReplicate: (@Sendable () -> Void)?

        public init(dropIncomplete: Bool = false, parallel: Bool = true,
                    onStage: (@Sendable (AnalysisStage) -> Void)? = nil,
                    bootstrap: BootstrapOptions? = nil, onReplicate: (@Sendable () -> Void)? = nil) {
            self.dropIncomplete = dropIncomplete
            self.parallel = parallel
            self.onStage = onStage
            self.bootstrap = bootstrap
            self.onReplicate = onReplicate
        }
    }

    /// Runs the whole analysis.
    ///
    /// - Parameters:
    ///   - panel: the panel as read (missing cells allowed); consumed.
    ///   - source: `"demo"` or the data file's path.
    ///   - synthetic: whether the panel is the synthetic demo panel.
    /// - Throws: ``AnalysisError``.
    public static func run(panel: consuming Panel, configuration: AnalysisConfiguration, source: String,
                           synthetic: Bool, readerWarnings: [String] = [], encoding: String? = nil,
                           options: Options = Options()) async throws(AnalysisError) -> AnalysisResult {
        // 1. Impute, in place.
        var structure = consume panel
        let imputed: [ImputedCell], dropped: [DroppedUnit]
        do {
            (imputed, dropped) = try Imputation.fill(&structure, edges: configuration.edges,
                                                     dropIncomplete: options.dropIncomplete)
        } catch let error as ImputationError {
            throw .input(AnalysisError.diagnostic(for: error, panel: structure))
        } catch {
            throw .internal("imputation failed: \(error)")
        }
        guard structure.rowCount > 0 else {
            throw .input(Diagnostic(file: source, line: 1, column: 1, problem: "no unit is left after dropping incomplete units",
                                    hint: "run without --drop-incomplete to see which series are empty"))
        }
        options.onStage?(.impute)

        // 2. Standardise and weight, then score: once over all rows, or once per year.
        var columns = structure.values
        structure.values = []
        let rawForBootstrap = options.bootstrap?.stage == .full ? columns : nil
        let weighed = try WeightingStage.run(columns: &columns, panel: structure, configuration: configuration,
                                             source: source, onStage: options.onStage)
        var warnings = readerWarnings
        for result in weighed.weights {
            let prefix = result.year.map { "year \($0): " } ?? ""
            warnings += result.set.warnings.map { prefix + $0 }
        }

        // 3. Decompose every year.
        let panel = structure
        let scores = weighed.scores
        let weights = weighed.weights
        let standardized = columns
        _ = consume columns
        let rowsByYear = panel.rowsByYear
        let groupOfUnit = panel.units.map { Int32($0.group) }
        let years = panel.years.indices.map { YearRows(year: panel.years[$0], rows: rowsByYear[$0], weightsIndex: weights.count == 1 ? 0 : $0) }
        let ranked = try await YearlyDecomposition.runRanked(
            years, parallel: options.parallel,
            inputs: { batch, workspace in
                let rowLists = batch.map(\.rows)
                let newValueBuffers = { rowLists.map { workspace.values(count: $0.count) } }
                let totals = RowGather.values(scores.score, atEach: rowLists, into: newValueBuffers())
                let sources = scores.dimensionScores.map { RowGather.values($0, atEach: rowLists, into: newValueBuffers()) }
                // The units of the rows, then, in place, their groups.
                var groups = RowGather.values(panel.rowUnit, atEach: rowLists,
                                              into: rowLists.map { workspace.groupIndices(count: $0.count) })
                for index in groups.indices {
                    groups[index].withUnsafeMutableBufferPointer { buffer in
                        for position in buffer.indices { buffer[position] = groupOfUnit[Int(buffer[position])] }
                    }
                }
                return batch.indices.map { index in
                    DecompositionInput(totals: totals[index], groups: groups[index],
                                       groupCount: panel.groups.count, sources: sources.map { $0[index] })
                }
            },
            locate: { AnalysisError.yearLocation(panel: panel, source: source, rows: $0) })
        // The indicator-level source terms (the parts w_j x'_ij of the score), for all
        // years in one sequential pass over the standardised columns.
        let decompositions = try IndicatorSources.attach(to: ranked, years: years, standardized: standardized,
                                                         weights: weights, panel: panel,
                                                         source: source)
        options.onStage?(.decompose)
        let theil = YearlyTheil.run(years, scores: scores.score, groupOfRow: { groupOfUnit[Int(panel.rowUnit[$0])] },
                                    groupCount: panel.groups.count)
        warnings += theil.warnings
        options.onStage?(.theil)
        let yearly = zip(years, decompositions).enumerated().map { index, item in
            let (year, decomposition) = item
            return YearResult(year: year.year, mean: decomposition.mean, groupMeans: decomposition.groupMeans,
                              dimensionMeans: decomposition.sourceMeans, decomposition: decomposition,
                              theil: theil.results[index])
        }
        for result in yearly where result.decomposition.negativeValueCount > 0 {
            warnings.append("year \(result.year): \(result.decomposition.negativeValueCount) negative composite score(s)")
        }

        var bootstrap: BootstrapResult?
        if let bootstrapOptions = options.bootstrap {
            bootstrap = try await Bootstrap.run(options: bootstrapOptions, panel: panel, scores: scores, raw: rawForBootstrap,
                                                configuration: configuration, source: source,
                                                parallel: options.parallel, onReplicate: options.onReplicate)
        }

        let input = InputDescription(
            source: source, synthetic: synthetic, units: panel.units, groups: panel.groups, years: panel.years,
            system: panel.system, unitsPerGroup: panel.unitsPerGroup, imputed: imputed, dropped: dropped,
            warnings: warnings, rowCount: panel.rowCount, encoding: encoding)
        return AnalysisResult(
            input: input, standardization: configuration.standardization, weighting: configuration.weighting,
            weights: weights, rowUnit: panel.rowUnit, rowYear: panel.rowYear, scores: scores, yearly: yearly,
            meanGrowth: GrowthRates(series: yearly.map(\.mean)),
            giniChange: GrowthRates(series: yearly.map(\.decomposition.gini)), bootstrap: bootstrap)
    }
}

/// The rows of one year and which weight set scores them.
public struct YearRows: Sendable {
    public var year: Int
    public var rows: [Int]
    public var weightsIndex: Int
    /// True for a cross-section read without a year column (`decompose` without `--year`).
    public var isCrossSection: Bool

    public init(year: Int, rows: [Int], weightsIndex: Int = 0, isCrossSection: Bool = false) {
        self.year = year
        self.rows = rows
        self.weightsIndex = weightsIndex
        self.isCrossSection = isCrossSection
    }
}
