import Inequality
import PanelData

/// The indicator-level source terms of every year (`yearly[].indicatorSources`): the
/// part of the composite score that indicator j contributes, w_j x'_ij, as a source of G
/// (METHOD.md section 8), computed for all years at once by ``PanelSourceTerms`` from the
/// standardised columns as they are (rows unit-major) and each year's signed rank counts,
/// instead of gathering one array per year and indicator. The terms differ from those of
/// the per-year decomposition given the gathered parts only by rounding (the parts are
/// shifted by another constant there), and they are checked to add up to G in every year.
enum IndicatorSources {
    static func attach(to ranked: [InequalityDecomposition.Ranked], years: [YearRows], standardized: [[Double]],
                       weights: [WeightsResult], panel: Panel,
                       source: String) throws(AnalysisError) -> [YearDecomposition] {
        let rowYear = panel.rowYear
        // L_i - H_i of every row within its year.
        var signedRanks = [Int32](repeating: 0, count: rowYear.count)
        for (year, result) in zip(years, ranked) {
            for (position, row) in year.rows.enumerated() { signedRanks[row] = result.signedRanks[position] }
        }
        let factors = years.map { weights[$0.weightsIndex].set.weights }
        let terms = PanelSourceTerms.terms(columns: standardized, factors: factors, period: rowYear,
                                           signedRanks: signedRanks, periods: ranked.map(\.period))
        var results: [YearDecomposition] = []
        for (index, (year, result)) in zip(years, ranked).enumerated() {
            do throws(InequalityError) {
                results.append(try InequalityDecomposition.settingFinerSources(terms[index], of: result.decomposition))
            } catch {
                throw AnalysisError.decomposition(error, year: year.year,
                                                  location: AnalysisError.yearLocation(panel: panel, source: source, rows: year.rows))
            }
        }
        return results
    }
}
