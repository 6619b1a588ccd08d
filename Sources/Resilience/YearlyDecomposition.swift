import Foundation
import Inequality
import PanelData

/// Decomposes each year, on all cores when asked. Years are independent: each core
/// takes a run of consecutive years and builds their inputs a few years at a time
/// (``batchSize``), reusing one ``DecompositionWorkspace`` (sort buffers, rank counts,
/// input arrays) for all of them; the results are the same values in the same order as
/// the serial run's.
public enum YearlyDecomposition {
    /// How many years' inputs are built together: gathering consecutive years of a
    /// unit-major panel in one sweep reads each unit's rows once instead of once per year.
    static let batchSize = 4

    /// - Parameters:
    ///   - input: builds a year's decomposition input (called once per year, in its task).
    ///   - locate: a diagnostic naming where a year's rows are, for input errors.
    public static func run(_ years: [YearRows], parallel: Bool,
                           input: @escaping @Sendable (YearRows) -> DecompositionInput,
                           locate: @Sendable ([Int]) -> Diagnostic) async throws(AnalysisError) -> [YearDecomposition] {
        try await runRanked(years, parallel: parallel, inputs: { batch, _ in batch.map(input) }, locate: locate)
            .map(\.decomposition)
    }

    /// As ``run(_:parallel:input:locate:)``, keeping each year's signed rank counts for
    /// further source terms (``PanelSourceTerms``); `inputs` builds the inputs of a batch
    /// of consecutive years at once, one per year in the same order, and may take their
    /// arrays from the workspace given (those of inputs already decomposed).
    static func runRanked(_ years: [YearRows], parallel: Bool,
                          inputs: @escaping @Sendable ([YearRows], DecompositionWorkspace) -> [DecompositionInput],
                          locate: @Sendable ([Int]) -> Diagnostic) async throws(AnalysisError) -> [InequalityDecomposition.Ranked] {
        typealias Outcome = Result<InequalityDecomposition.Ranked, InequalityError>
        // A run of consecutive years, in batches, all with one workspace, one year after
        // another; each input is popped off its batch's list, so that its arrays are
        // uniquely held when recycled.
        let work: @Sendable (ArraySlice<YearRows>) -> [Outcome] = { run in
            let workspace = DecompositionWorkspace()
            var outcomes: [Outcome] = []
            for batchStart in stride(from: run.startIndex, to: run.endIndex, by: batchSize) {
                var pending = inputs(Array(run[batchStart..<min(batchStart + batchSize, run.endIndex)]), workspace)
                pending.reverse()
                while let input = pending.popLast() {
                    outcomes.append(Result { () throws(InequalityError) in
                        try InequalityDecomposition.decomposeWithSignedRanks(input, workspace: workspace)
                    })
                    workspace.recycle(input)
                }
            }
            return outcomes
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let parallel = parallel && years.count > 1 && cores > 1
        // In parallel, one run of consecutive years per core (as many years each, give or
        // take one; rows per year are not weighed, which suits a balanced panel), each
        // task keeping its workspace for all its years; serially, one run.
        let runCount = parallel ? min(cores, years.count) : 1
        let runs = (0..<runCount).map { run in
            years[(years.count * run / runCount)..<(years.count * (run + 1) / runCount)]
        }
        let outcomes = parallel ? await ParallelMap.map(runs, work).flatMap { $0 } : runs.flatMap(work)
        var results: [InequalityDecomposition.Ranked] = []
        for (year, outcome) in zip(years, outcomes) {
            switch outcome {
            case let .success(decomposition):
                results.append(decomposition)
            case let .failure(error):
                throw AnalysisError.decomposition(error, year: year.isCrossSection ? nil : year.year, location: locate(year.rows))
            }
        }
        return results
    }
}
