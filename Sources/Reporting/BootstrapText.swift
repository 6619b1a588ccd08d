import PanelData
import Resilience

/// The words every output uses for a run's bootstrap intervals (issue 7): the chart note
/// under the shaded bands, the note of the tables with ranges, and the report's
/// paragraph on how the intervals were made. All of them are empty or nil when the run
/// had no bootstrap.
public enum BootstrapText {
    /// The confidence level in percent without needless decimals: 0.95 -> `95%`,
    /// 0.975 -> `97.5%`.
    public static func level(_ options: BootstrapOptions) -> String {
        var text = NumberText.fixed(options.level * 100, digits: 1)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text + "%"
    }

    /// `95% bootstrap interval (999 replicates)`.
    public static func interval(_ options: BootstrapOptions) -> String {
        "\(level(options)) bootstrap interval (\(options.replicates) replicates)"
    }

    /// The note under a chart whose series carry bands.
    public static func chartNote(_ result: AnalysisResult) -> [String] {
        guard let bootstrap = result.bootstrap else { return [] }
        return ["Shaded: \(interval(bootstrap.options))."]
    }

    /// The sentence added to the note of a table whose cells are ranges.
    public static func tableNote(_ result: AnalysisResult) -> String? {
        guard let bootstrap = result.bootstrap else { return nil }
        return "In brackets: \(interval(bootstrap.options)), percentile method."
    }

    /// The report's paragraph on the bootstrap: the design (units resampled with
    /// replacement within their group, each with all its years), B, the stage, the
    /// percentile rule and the seed; then the change of G from the first to the last
    /// year with its interval and whether that interval excludes 0, and how many of the
    /// year-on-year changes have intervals that exclude 0. Nil without a bootstrap.
    public static func methodParagraph(_ result: AnalysisResult, digits: Int) -> String? {
        guard let bootstrap = result.bootstrap else { return nil }
        let options = bootstrap.options
        let stage = options.stage == .decomposition
            ? "the weights were kept and each replicate's scores were decomposed again (stage decomposition)"
            : "each replicate was standardised, weighted, scored and decomposed again (stage full)"
        var text = "Confidence intervals come from a stratified bootstrap with B = \(options.replicates) replicates: "
            + "in each replicate the units of every group were drawn with replacement, as many as the group has, each "
            + "unit with all its years, so that changes between years are resampled consistently; \(stage). "
            + "The \(level(options)) intervals are percentile intervals (Davison and Hinkley, 1997, 5.2): "
            + "the k-th smallest and the (B + 1 - k)-th smallest replicate value, "
            + "k = max(1, floor((B + 1)(1 - level) / 2)). Seed \(options.seed); the same seed gives the same intervals "
            + "on any number of cores. The charts of G, of the within-group terms, of the within and between totals and "
            + "of the source terms shade these intervals; Tables 4a, 5 and 6 give them in brackets, and bootstrap.csv "
            + "and results.json (yearly[].ci) list them for every term."
        let f = { NumberText.fixed($0, digits: digits) }
        if result.yearly.count > 1, bootstrap.years.count == result.yearly.count,
           let first = result.yearly.first, let last = result.yearly.last,
           let change = bootstrap.years.last?.giniChangeFromFirst, change.lower.isFinite, change.upper.isFinite {
            let estimate = last.decomposition.gini - first.decomposition.gini
            let excludes = change.lower > 0 || change.upper < 0
            text += " From \(first.year) to \(last.year) G changed by \(f(estimate)) (G_\(last.year) - G_\(first.year)); "
                + "its \(level(options)) interval [\(f(change.lower)), \(f(change.upper))] "
                + (excludes ? "excludes 0, so the change is larger than the resampling variation at this level."
                            : "includes 0, so at this level the change cannot be told apart from resampling variation.")
            var clear: [Int] = [], total = 0
            for (year, intervals) in zip(result.yearly, bootstrap.years).dropFirst() {
                guard let step = intervals.giniChange else { continue }
                total += 1
                if step.lower > 0 || step.upper < 0 { clear.append(year.year) }
            }
            text += " Of the \(total) year-on-year changes G_t - G_(t-1), \(clear.count) have an interval that excludes 0"
                + (clear.isEmpty ? "" : " (t = " + clear.map(String.init).joined(separator: ", ") + ")")
                + "; bootstrap.csv lists them (terms giniChange and giniChangeFromFirst)."
        }
        return text
    }
}
