import Inequality
import PanelData
import Resilience

/// Sentences on a weighting sensitivity, written from its numbers (each states them):
/// the methods compared, the indicator whose weight differs most, how stable the unit
/// rankings are, the range of the last year's Gini and of its between-group share, the
/// direction of the Gini under each method, and which study-style conclusions change.
public enum SensitivityText {
    public static func findings(_ result: SensitivityResult, digits: TableDigits = TableDigits()) -> [String] {
        let methods = result.methods.map(\.rawValue)
        let reference = result.reference
        let system = reference.input.system
        func score(_ value: Double) -> String { NumberText.fixed(value, digits: digits.scores) }
        func gini(_ value: Double) -> String { NumberText.fixed(value, digits: digits.gini) }
        func percent(_ value: Double) -> String { NumberText.fixed(value, digits: digits.percent) + "%" }
        var out: [String] = []
        out.append("The whole pipeline was run under \(methods.count) weighting method\(methods.count == 1 ? "" : "s"): "
            + methods.enumerated().map { $0.offset == 0 ? "\($0.element) (the reference)" : $0.element }.joined(separator: ", ")
            + "; everything else (data, imputation, standardisation \(reference.standardization.rawValue)) is the same.")

        // Weights.
        let tables = SensitivityTables(result, digits: digits)
        let weights = result.runs.map { tables.weights(of: $0).indicators }
        if methods.count > 1, !system.indicators.isEmpty {
            let spreads = system.indicators.indices.map { j in (weights.map { $0[j] }.max() ?? 0) - (weights.map { $0[j] }.min() ?? 0) }
            if let j = spreads.indices.max(by: { spreads[$0] < spreads[$1] }) {
                let column = weights.map { $0[j] }
                let low = column.indices.min { column[$0] < column[$1] } ?? 0
                let high = column.indices.max { column[$0] < column[$1] } ?? 0
                out.append("The weight that differs most between methods is that of \(system.indicators[j].id): "
                    + "\(score(column[low])) under \(methods[low]) against \(score(column[high])) under \(methods[high]).")
            }
        }

        // Rankings.
        if methods.count > 1 {
            var lowestWithReference: (rho: Double, method: Int, year: Int)?
            var lowestOverall: (rho: Double, pair: Int, year: Int)?
            for (index, year) in result.years.enumerated() {
                for (pair, (a, b)) in result.pairs.enumerated() {
                    guard let rho = result.rankCorrelations[index][pair] else { continue }
                    if a == 0, rho < (lowestWithReference?.rho ?? .infinity) { lowestWithReference = (rho, b, year) }
                    if rho < (lowestOverall?.rho ?? .infinity) { lowestOverall = (rho, pair, year) }
                }
            }
            if let low = lowestWithReference, let overall = lowestOverall {
                var sentence = "Spearman's rank correlation of the unit scores with the \(methods[0]) scores is at least "
                    + "\(score(low.rho)) in every year (lowest: \(methods[low.method]) in \(low.year))"
                let (a, b) = result.pairs[overall.pair]
                if overall.rho < low.rho {
                    sentence += "; between any two methods it is at least \(score(overall.rho)) (\(methods[a]) and \(methods[b]) in \(overall.year))"
                }
                out.append(sentence + ".")
            }
        }

        // Gini and shares in the last year; the trend.
        if let lastIndex = result.years.indices.last {
            let year = result.years[lastIndex]
            let ginis = result.runs.map { $0.yearly[lastIndex].decomposition.gini }
            let low = ginis.indices.min { ginis[$0] < ginis[$1] } ?? 0, high = ginis.indices.max { ginis[$0] < ginis[$1] } ?? 0
            var sentence = methods.count > 1
                ? "In \(year) the Gini coefficient ranges from \(gini(ginis[low])) (\(methods[low])) to \(gini(ginis[high])) (\(methods[high]))"
                : "In \(year) the Gini coefficient is \(gini(ginis[0]))"
            let shares = result.runs.compactMap { run -> Double? in
                let d = run.yearly[lastIndex].decomposition
                return d.contributionRate(d.betweenTotal)
            }
            if let lowShare = shares.min(), let highShare = shares.max(), reference.input.groups.count > 1 {
                sentence += shares.count > 1 && lowShare != highShare
                    ? "; the between-group total makes up \(percent(lowShare)) to \(percent(highShare)) of it"
                    : "; the between-group total makes up \(percent(lowShare)) of it"
            }
            out.append(sentence + ".")
            if result.years.count > 1 {
                let falling = result.conclusions.filter { $0.giniTrend == .falling }.count
                let rising = result.conclusions.filter { $0.giniTrend == .rising }.count
                out.append("From \(result.years[0]) to \(year) the Gini coefficient falls under \(falling) and rises under "
                    + "\(rising) of the \(methods.count) methods.")
            }
        }

        // Conclusions.
        let changed = result.agreements.enumerated().dropFirst().compactMap { index, agreement -> String? in
            var what: [String] = []
            if !agreement.largestSource { what.append("largest source") }
            if !agreement.largestBetweenPair { what.append("largest between pair") }
            if !agreement.giniTrend { what.append("Gini trend") }
            if !agreement.dominantTerm { what.append("dominant term") }
            return what.isEmpty ? nil : "\(methods[index]) (\(what.joined(separator: ", ")))"
        }
        if methods.count > 1 {
            out.append(changed.isEmpty
                ? "The study-style conclusions (largest source of the gap, largest between-group pair, direction of the Gini "
                    + "trend, dominant term) are the same under every method as under \(methods[0])."
                : "The study-style conclusions that differ from \(methods[0])'s: " + changed.joined(separator: "; ") + ".")
        }
        if reference.input.synthetic {
            out.append("These numbers describe the SYNTHETIC demo panel, not real cities.")
        }
        return out
    }

    /// How the comparison was made (the report's method paragraph).
    public static func method(_ result: SensitivityResult) -> String {
        "Each method's run is the whole pipeline, as resilience analyze --weighting METHOD makes it: the same imputed "
            + "panel, the same min-max standardisation, then that method's weights, the scores and every decomposition. "
            + "Spearman's rank correlation compares the unit scores of two methods within each year (average ranks for "
            + "ties). The conclusions are checked on the first and the last year: the dimension with the largest source "
            + "term G^m, the pair of groups with the largest between-group term Gb_jh, whether G fell or rose, and whether "
            + "the between-group or the within-group total is above half of G in every year; each is compared with the "
            + "reference method, \(result.methods[0].rawValue)."
    }
}
