import Foundation
import Inequality
import PanelData

/// Decomposes each year, on all cores when asked. Years are independent; their inputs
/// are built a few years at a time (``batchSize``), inside the task that decomposes
/// them, and dropped when those decompositions are done, and the results are the same
/// values in the same order as the serial run.
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
        try await runRanked(years, parallel: parallel, inputs: { batch, _ in batch.map(input) },
                            locate: locate).map(\.decomposition)
    }

    /// As ``run(_:parallel:input:locate:)``, keeping each year's signed rank counts for
    /// further source terms (``PanelSourceTerms``); `inputs` builds the inputs of a batch
    /// of consecutive years at once, one per year in the same order, and may take their
    /// arrays from the workspace given (those of inputs already decomposed).
    static func runRanked(_ years: [YearRows], parallel: Bool,
                          inputs: @escaping @Sendable ([YearRows], DecompositionWorkspace) -> [DecompositionInput],
                          locate: @Sendable ([Int]) -> Diagnostic) async throws(AnalysisError) -> [InequalityDecomposition.Ranked] {
        typealias Outcome = Result<InequalityDecomposition.Ranked, InequalityError>
        // A batch's years reuse one workspace, one after another; each input is taken out
        // of the batch's list, so that its arrays are uniquely held when recycled.
        let work: @Sendable ([YearRows], DecompositionWorkspace) -> [Outcome] = { batch, workspace in
            var pending = inputs(batch, workspace)
            var outcomes: [Outcome] = []
            for index in pending.indices {
                let input = pending[index]
                pending[index] = DecompositionInput(totals: [], groups: [], groupCount: 1)
                outcomes.append(Result { () throws(InequalityError) in
                    try InequalityDecomposition.decomposeWithSignedRanks(input, workspace: workspace)
                })
                workspace.recycle(input)
            }
            return outcomes
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let parallel = parallel && years.count > 1 && cores > 1
        // In parallel, small enough batches that every core gets some.
        let size = parallel ? max(1, min(batchSize, (years.count + cores - 1) / cores)) : batchSize
        let batches = stride(from: 0, to: years.count, by: size).map { Array(years[$0..<min($0 + size, years.count)]) }
        let outcomes: [Outcome]
        if parallel {
            outcomes = await ParallelMap.map(batches) { work($0, DecompositionWorkspace()) }.flatMap { $0 }
        } else {
            let workspace = DecompositionWorkspace()  // serially, all years share one
            outcomes = batches.flatMap { work($0, workspace) }
        }
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
