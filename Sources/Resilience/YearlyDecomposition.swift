import Inequality
import PanelData

/// Decomposes each year, on all cores when asked. Years are independent; each year's
/// input is built inside its task and dropped when its decomposition is done, and the
/// results are the same values in the same order as the serial run.
public enum YearlyDecomposition {
    /// - Parameters:
    ///   - input: builds a year's decomposition input (called once per year, in its task).
    ///   - locate: a diagnostic naming where a year's rows are, for input errors.
    public static func run(_ years: [YearRows], parallel: Bool,
                           input: @escaping @Sendable (YearRows) -> DecompositionInput,
                           locate: @Sendable ([Int]) -> Diagnostic) async throws(AnalysisError) -> [YearDecomposition] {
        try await runRanked(years, parallel: parallel, input: input, locate: locate).map(\.decomposition)
    }

    /// As ``run(_:parallel:input:locate:)``, keeping each year's signed rank counts for
    /// further source terms (``PanelSourceTerms``).
    static func runRanked(_ years: [YearRows], parallel: Bool,
                          input: @escaping @Sendable (YearRows) -> DecompositionInput,
                          locate: @Sendable ([Int]) -> Diagnostic) async throws(AnalysisError) -> [InequalityDecomposition.Ranked] {
        let work: @Sendable (YearRows) -> Result<InequalityDecomposition.Ranked, InequalityError> = { year in
            Result { () throws(InequalityError) in try InequalityDecomposition.decomposeWithSignedRanks(input(year)) }
        }
        let outcomes = parallel && years.count > 1
            ? await ParallelMap.map(years, work)
            : years.map(work)
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
