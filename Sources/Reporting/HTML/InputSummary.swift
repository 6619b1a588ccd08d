import PanelData
import Resilience

/// The report's description of the input: source (and whether it is synthetic), units
/// per group, years, indicators, the imputed cells by method, dropped units, warnings
/// and how many units have coordinates. Items are (term, text) pairs in display order.
public enum InputSummary {
    public static func items(_ result: AnalysisResult) -> [(term: String, text: String)] {
        let input = result.input
        var items: [(String, String)] = []
        items.append(("Source", input.source == "demo" ? "the built-in demo panel" : input.source))
        items.append(("Synthetic", input.synthetic
            ? "YES: generated data shaped like the study's panel, not real city statistics"
            : "no"))
        let groups = zip(input.groups, input.unitsPerGroup).map { "\($0) \($1)" }.joined(separator: ", ")
        items.append(("Units", "\(input.units.count) (\(groups))"))
        let years = input.years.isEmpty ? "none" : input.years.count == 1 ? "\(input.years[0])"
            : "\(input.years.count) (\(input.years.first!)-\(input.years.last!))"
        items.append(("Years", years))
        items.append(("Observations", "\(input.rowCount) unit-years"))
        items.append(("Indicators", "\(input.system.count) in \(input.system.dimensions.count) dimensions ("
            + input.system.dimensions.joined(separator: ", ") + ")"))
        var byMethod: [String: Int] = [:]
        for cell in input.imputed { byMethod[cell.method.rawValue, default: 0] += 1 }
        let cells = input.rowCount * input.system.count
        let share = cells > 0 ? " = " + NumberText.fixed(Double(input.imputed.count) / Double(cells) * 100, digits: 2) + "% of \(cells) cells" : ""
        let methods = byMethod.keys.sorted().map { "\($0) \(byMethod[$0] ?? 0)" }.joined(separator: ", ")
        items.append(("Imputed cells", "\(input.imputed.count)\(share)" + (methods.isEmpty ? "" : " (\(methods)); listed in imputed.csv")))
        items.append(("Dropped units", input.dropped.isEmpty ? "none"
            : "\(input.dropped.count): " + input.dropped.prefix(10).map { "\($0.unit) (\($0.reason))" }.joined(separator: "; ")
                + (input.dropped.count > 10 ? "; ..." : "")))
        let located = ScoreMaps.unitsWithCoordinates(result)
        items.append(("Coordinates", "\(located) of \(input.units.count) units"))
        if let encoding = input.encoding { items.append(("Text encoding", encoding)) }
        items.append(("Weighting", "\(result.weighting.rawValue), standardisation \(result.standardization.rawValue)"))
        items.append(("Warnings", input.warnings.isEmpty ? "none"
            : "\(input.warnings.count): " + input.warnings.prefix(10).joined(separator: "; ") + (input.warnings.count > 10 ? "; ... (all in results.json)" : "")))
        return items
    }
}
