import PanelData
import Resilience

/// The report's method section: one paragraph on how the numbers were made (the
/// conventions of METHOD.md as this run applied them), one on the bootstrap intervals
/// when the run has them (``BootstrapText/methodParagraph(_:digits:)``), and one on the
/// charts and maps.
public enum MethodText {
    public static func paragraphs(_ result: AnalysisResult, options: ReportOptions) -> [String] {
        let weighting: String
        switch result.weighting {
        case .critic: weighting = "CRITIC weights (Diakoulaki, Mavrotas and Papayannakis, 1995): each indicator's population standard deviation times its conflict, the sum of one minus its correlations with the other indicators, normalised to add up to 1 (a constant indicator gets weight 0)"
        case .entropy: weighting = "entropy weights (one minus each indicator's normalised Shannon entropy, normalised to add up to 1)"
        case .cv: weighting = "coefficient-of-variation weights"
        case .stdev: weighting = "standard-deviation weights"
        case .equal: weighting = "equal weights"
        case .given: weighting = "weights given in the configuration"
        }
        let standardization = result.standardization == .pooled
            ? "min-max standardised over the pooled panel (all unit-years together, so one set of weights serves every year)"
            : "min-max standardised within each year (one set of weights per year)"
        let method = "Missing values were filled by linear interpolation over the years of each unit and indicator, "
            + "leading and trailing gaps as configured (every filled cell is listed in imputed.csv). "
            + "Each indicator was \(standardization), negative indicators reversed so that more is always better, "
            + "and combined with \(weighting); a unit's composite score is the weighted sum of its standardised indicators, "
            + "and its dimension sub-scores are the parts of that sum, so they add up to the score. "
            + "For every year the Gini coefficient G = sum_i sum_r |y_i - y_r| / (2 n^2 mu) of the composite score "
            + "was decomposed by group after Dagum (1997) into within-group terms Gw_j and between-group terms Gb_jh "
            + "(further split into the net between-group term and transvariation), by source into the contribution G^m of "
            + "each dimension (the pairwise differences attributed to the parts of the unit with the smaller total; tied "
            + "pairs split evenly), and both ways at once into the group x dimension matrix of Mussard's bidimensional Gini. "
            + "Every term is computed from its own formula and the program checks that the terms add up to G. "
            + "Contribution rates are a term divided by G, in percent; they are left empty where G = 0."
        let breaks = options.breaks == .jenks
            ? "Fisher-Jenks natural breaks (exact, Fisher 1958; Jenks 1977)"
            : "quantiles (R's type 7)"
        let charts = "The charts show the yearly series as they are. The density chart is a kernel density estimate of "
            + "the composite score with the \(options.kernel.title) kernel and bandwidth by \(options.kernel.bandwidthRule). "
            + "The maps show each unit as a dot at its longitude and latitude (equirectangular projection), coloured by "
            + "one of \(options.classes) classes cut by \(breaks) on the scores of all mapped years together, so the maps "
            + "share one legend; intervals are right-closed."
            + (options.boundariesSource.map { " Boundaries are drawn from \($0)." } ?? "")
        let bootstrap = BootstrapText.methodParagraph(result, digits: options.digits.gini).map { [$0] } ?? []
        return [method] + bootstrap + [charts]
    }
}
