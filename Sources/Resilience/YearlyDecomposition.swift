import Inequality
import PanelData

/// Decomposes each year, in parallel when asked (years are independent; the results are
/// the same values in the same order as the serial run).
public enum YearlyDecomposition {
    /// - Parameter locate: a diagnostic naming where a year's rows are, for input errors.
    public static func run(_ years: [YearInput], parallel: Bool,
                           locate: @Sendable ([Int]) -> Diagnostic) throws(AnalysisError) -> [YearDecomposition] {
        let outcomes: [Result<YearDecomposition, InequalityError>]
        if parallel && years.count > 1 {
            outcomes = ParallelMap.map(years) { year in
                Result { () throws(InequalityError) in try InequalityDecomposition.decompose(year.input) }
            }
        } else {
            outcomes = years.map { year in
                Result { () throws(InequalityError) in try InequalityDecomposition.decompose(year.input) }
            }
        }
        var results: [YearDecomposition] = []
        for (year, outcome) in zip(years, outcomes) {
            switch outcome {
            case let .success(decomposition):
                results.append(decomposition)
            case let .failure(error):
                throw AnalysisError.decomposition(error, year: year.year, location: locate(year.rows))
            }
        }
        return results
    }
}
