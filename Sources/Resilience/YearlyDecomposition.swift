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
        try await runRanked(years, parallel: parallel, inputs: { $0.map(input) }, locate: locate).map(\.decomposition)
    }

    /// As ``run(_:parallel:input:locate:)``, keeping each year's signed rank counts for
    /// further source terms (``PanelSourceTerms``); `inputs` builds the inputs of a batch
    /// of consecutive years at once, one per year in the same order.
    static func runRanked(_ years: [YearRows], parallel: Bool,
                          inputs: @escaping @Sendable ([YearRows]) -> [DecompositionInput],
                          locate: @Sendable ([Int]) -> Diagnostic) async throws(AnalysisError) -> [InequalityDecomposition.Ranked] {
        typealias Outcome = Result<InequalityDecomposition.Ranked, InequalityError>
        let work: @Sendable ([YearRows]) -> [Outcome] = { batch in
            inputs(batch).map { input in
                Result { () throws(InequalityError) in try InequalityDecomposition.decomposeWithSignedRanks(input) }
            }
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let parallel = parallel && years.count > 1 && cores > 1
        // In parallel, small enough batches that every core gets some.
        let size = parallel ? max(1, min(batchSize, (years.count + cores - 1) / cores)) : batchSize
        let batches = stride(from: 0, to: years.count, by: size).map { Array(years[$0..<min($0 + size, years.count)]) }
        let outcomes = parallel ? await ParallelMap.map(batches, work).flatMap { $0 } : batches.flatMap(work)
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
