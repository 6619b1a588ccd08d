import Inequality
import PanelData
import Resilience

/// The report's summary: sentences written from the numbers of a run, first year
/// against last year. Each sentence states its numbers; nothing is said that the
/// numbers do not show. Where G = 0 no share is defined and the sentences say so.
///
/// 1. the national mean, its change and average growth (arithmetic and compound);
/// 2. the highest and lowest group mean in the last year;
/// 3. the Gini coefficient: whether it fell or rose, by how much;
/// 4. which term dominates, within-group or between-group, and the largest single term;
/// 5. which dimension contributes most to the gap in the first and the last year, and
///    the year another dimension took the lead, if it did;
/// 6. the largest cell of the two-dimensional decomposition in the first and last year.
public enum Findings {
    public static func sentences(_ result: AnalysisResult, digits: TableDigits = TableDigits()) -> [String] {
        guard let first = result.yearly.first, let last = result.yearly.last else {
            return ["The panel has no year to report."]
        }
        let groups = result.input.groups
        let dimensions = result.input.system.dimensions
        let pairs = GroupPairs.pairs(groupCount: groups.count).map { "\(groups[$0.0])-\(groups[$0.1])" }
        func score(_ value: Double) -> String { NumberText.fixed(value, digits: digits.scores) }
        func gini(_ value: Double) -> String { NumberText.fixed(value, digits: digits.gini) }
        func percent(_ value: Double) -> String { NumberText.fixed(value, digits: digits.percent) + "%" }
        func change(_ from: Double, _ to: Double, up: String, down: String) -> String {
            to > from ? up : to < from ? down : "stayed at"
        }
        let single = result.yearly.count == 1
        var out: [String] = []

        // 1. Mean.
        if single {
            out.append("The national mean composite score in \(first.year) is \(score(first.mean)).")
        } else {
            var sentence = "The national mean composite score \(change(first.mean, last.mean, up: "rose", down: "fell")) "
                + "from \(score(first.mean)) in \(first.year) to \(score(last.mean)) in \(last.year)"
            if let arithmetic = result.meanGrowth.arithmetic {
                sentence += "; its average annual growth was \(percent(arithmetic * 100)) (mean of the year-on-year rates"
                    + (result.meanGrowth.compound.map { "; compound rate \(percent($0 * 100))" } ?? "") + ")"
            }
            out.append(sentence + ".")
        }

        // 2. Groups.
        let means = last.groupMeans.enumerated().compactMap { index, mean in mean.map { (groups[index], $0) } }
        if means.count >= 2, let high = means.max(by: { $0.1 < $1.1 }), let low = means.min(by: { $0.1 < $1.1 }) {
            out.append("In \(last.year) the highest group mean was \(high.0) (\(score(high.1))) and the lowest \(low.0) (\(score(low.1))).")
        }

        // 3. Gini.
        let (g0, g1) = (first.decomposition.gini, last.decomposition.gini)
        if single {
            out.append("The Gini coefficient of the composite score in \(first.year) is \(gini(g0)).")
        } else {
            var sentence = "The Gini coefficient \(change(g0, g1, up: "rose", down: "fell")) from \(gini(g0)) in \(first.year) "
                + "to \(gini(g1)) in \(last.year)"
            if let total = result.giniChange.total {
                sentence += " (\(percent(total * 100)) in total"
                    + (result.giniChange.arithmetic.map { "; mean year-on-year change \(percent($0 * 100))" } ?? "") + ")"
            }
            sentence += g1 < g0 ? ": the gaps between units narrowed." : g1 > g0 ? ": the gaps between units widened." : "."
            out.append(sentence)
        }

        // 4. Which term dominates.
        let years = single ? [first] : [first, last]
        let shares = years.map { year -> (year: Int, between: Double?) in
            (year.year, year.decomposition.contributionRate(year.decomposition.betweenTotal))
        }
        if shares.contains(where: { $0.between == nil }) {
            let equal = years.filter { $0.decomposition.gini == 0 }.map { String($0.year) }.joined(separator: " and ")
            out.append("All scores are equal in \(equal): G = 0 there and no contribution rate is defined.")
        } else if groups.count >= 2 {
            let rates = shares.map { $0.between ?? 0 }
            let list = zip(shares, rates).enumerated().map { index, item in
                "\(percent(item.1))" + (index == 0 ? " of G" : "") + " in \(item.0.year)"
            }.joined(separator: " and ")
            if rates.allSatisfy({ $0 > 50 }) {
                out.append("Differences between groups dominate: the between-group total makes up \(list); the within-group total is the rest.")
            } else if rates.allSatisfy({ $0 < 50 }) {
                out.append("Differences within groups dominate: the between-group total makes up only \(list); the within-group total is the rest.")
            } else {
                out.append("The dominant term changes: the between-group total makes up \(list).")
            }
            let d = last.decomposition
            let terms = d.within.enumerated().map { ("the within-group term of \(groups[$0.offset])", $0.element) }
                + d.between.enumerated().map { ("the between-group term of \(pairs[$0.offset])", $0.element) }
            if let top = terms.max(by: { $0.1 < $1.1 }), let rate = d.contributionRate(top.1) {
                out.append("The largest single term in \(last.year) is \(top.0) (\(gini(top.1)), \(percent(rate)) of G).")
            }
        }

        // 5. Sources.
        func leader(_ year: YearResult) -> (name: String, rate: Double)? {
            let d = year.decomposition
            guard let m = d.sources.indices.max(by: { d.sources[$0] < d.sources[$1] }), m < dimensions.count,
                  let rate = d.contributionRate(d.sources[m]) else { return nil }
            return (dimensions[m], rate)
        }
        if let lead0 = leader(first) {
            if single {
                out.append("\(lead0.name) contributes most to the gap in \(first.year) (\(percent(lead0.rate)) of G).")
            } else if let lead1 = leader(last) {
                if lead0.name == lead1.name {
                    out.append("\(lead0.name) contributes most to the gap in both \(first.year) (\(percent(lead0.rate)) of G) "
                        + "and \(last.year) (\(percent(lead1.rate))).")
                } else {
                    var sentence = "\(lead0.name) contributes most to the gap in \(first.year) (\(percent(lead0.rate)) of G), "
                        + "\(lead1.name) in \(last.year) (\(percent(lead1.rate)))"
                    if let switchYear = result.yearly.first(where: { leader($0)?.name == lead1.name && $0.year > first.year }) {
                        sentence += "; \(lead1.name) first took the lead in \(switchYear.year)"
                    }
                    out.append(sentence + ".")
                }
            }
        }

        // 6. Two-way cell.
        func largestCell(_ year: YearResult) -> (String, Double)? {
            let d = year.decomposition
            var best: (String, Double)?
            for (p, row) in d.twoWayBetween.enumerated() {
                for (m, value) in row.enumerated() where m < dimensions.count && best.map({ value > $0.1 }) ?? true {
                    best = ("\(pairs[p]) x \(dimensions[m])", value)
                }
            }
            return best
        }
        if groups.count >= 2, !dimensions.isEmpty, let cell0 = largestCell(first) {
            if single || largestCell(last)?.0 == cell0.0 {
                out.append("The largest between-group cell of the two-dimensional decomposition is \(cell0.0) "
                    + "(\(gini(cell0.1)) in \(first.year)" + (single ? ")." : ", \(gini(largestCell(last)?.1 ?? 0)) in \(last.year)).") )
            } else if let cell1 = largestCell(last) {
                out.append("The largest between-group cell of the two-dimensional decomposition moves from \(cell0.0) "
                    + "(\(gini(cell0.1)) in \(first.year)) to \(cell1.0) (\(gini(cell1.1)) in \(last.year)).")
            }
        }
        if result.input.synthetic {
            out.append("These numbers describe the SYNTHETIC demo panel, not real cities.")
        }
        return out
    }
}
