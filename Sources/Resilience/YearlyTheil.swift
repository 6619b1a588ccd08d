import Inequality

/// Theil's T of each year's composite scores, decomposed by group (``Theil``): the
/// robustness check reported next to the Dagum decomposition (`yearly[].theil` in
/// results.json).
///
/// A year whose scores cannot be decomposed (a negative score: Theil's T takes
/// logarithms) gets no Theil result and a warning saying why; the Gini results of the
/// year are unaffected. Min-max scores with non-negative weights are never negative, so
/// this happens only with unusual data. Complexity: O(rows) in all.
enum YearlyTheil {
    /// - Returns: per year, the decomposition or nil, and the warnings for the years
    ///   without one.
    static func run(_ years: [YearRows], scores: [Double], groupOfRow: (Int) -> Int32, groupCount: Int)
        -> (results: [TheilDecomposition?], warnings: [String])
    {
        var results: [TheilDecomposition?] = []
        var warnings: [String] = []
        for year in years {
            do {
                results.append(try Theil.decompose(year.rows.map { scores[$0] }, groups: year.rows.map(groupOfRow),
                                                   groupCount: groupCount))
            } catch {
                results.append(nil)
                warnings.append("year \(year.year): no Theil index: \(error.description)")
            }
        }
        return (results, warnings)
    }
}
