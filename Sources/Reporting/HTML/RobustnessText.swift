import Inequality
import PanelData
import Resilience

/// The report's robustness section: Theil's T decomposition by group (Table 7) next to
/// Dagum's, with sentences that compare their between-group shares in the first and the
/// last year and say why the two can differ (the README's section on Theil's T says the
/// same at more length).
public enum RobustnessText {
    /// The section: the comparison, the reason, and Table 7.
    public static func section(_ tables: AnalysisTables) -> ReportSection {
        ReportSection(id: "robustness", title: "Robustness: Theil decomposition", paragraphs: paragraphs(tables.result, digits: tables.digits),
                      tables: [tables.theilTable])
    }

    /// The sentences, from the numbers of the run.
    public static func paragraphs(_ result: AnalysisResult, digits: TableDigits = TableDigits()) -> [String] {
        func percent(_ value: Double?) -> String { value.map { NumberText.fixed($0, digits: digits.percent) + "%" } ?? "undefined" }
        guard let first = result.yearly.first, let last = result.yearly.last else { return [] }
        let years = result.yearly.count == 1 ? [first] : [first, last]
        var out: [String] = []
        if years.contains(where: { $0.theil == nil }) {
            out.append("Theil's T is not reported for every year: it takes logarithms and needs scores >= 0 "
                + "(see the warnings in results.json).")
        } else if result.input.groups.count < 2 {
            out.append("With one group there is no between-group term to compare.")
        } else {
            func list(_ value: (YearResult) -> Double?, of total: String) -> String {
                years.enumerated().map { index, year in
                    "\(percent(value(year)))" + (index == 0 ? " of \(total)" : "") + " in \(year.year)"
                }.joined(separator: " and ")
            }
            let rate = { (term: KeyPath<YearDecomposition, Double>) in
                { (year: YearResult) in year.decomposition.contributionRate(year.decomposition[keyPath: term]) }
            }
            out.append("In Theil's decomposition the between-group term makes up \(list({ $0.theil?.betweenShare }, of: "T")); "
                + "in Dagum's, the between-group total Gb makes up \(list(rate(\.betweenTotal), of: "G")), and the net "
                + "between-group term Gnb \(list(rate(\.netBetween), of: "G")).")
            let theilSide = (last.theil?.betweenShare ?? 0) > 50
            let dagumSide = (rate(\.betweenTotal)(last) ?? 0) > 50
            let side: (Bool) -> String = { $0 ? "between-group" : "within-group" }
            if theilSide == dagumSide {
                out.append("Both find the \(side(dagumSide)) part the larger in \(last.year).")
            } else {
                out.append("In \(last.year) Dagum's total finds the \(side(dagumSide)) part the larger and Theil's the "
                    + "\(side(theilSide)) part; Dagum's transvariation term Gt, \(percent(rate(\.transvariation)(last))) of G, "
                    + "is overlap between groups that Theil counts within them.")
            }
        }
        out.append("The two need not agree. Theil's T weights each unit by its share of the total and is most sensitive "
            + "to the top of the distribution, the Gini to its middle. Theil's between term compares the group means "
            + "only; Dagum's between-group total Gb also counts transvariation, the pairs in which a unit of the group "
            + "with the lower mean scores above a unit of the other group, which Theil's between term does not have. "
            + "Dagum's net between-group term Gnb, which also depends on the gaps between group means only, is the "
            + "closer counterpart of Theil's between term.")
        return out
    }
}
