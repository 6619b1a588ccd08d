import PanelData
import Resilience

/// What `resilience sensitivity` prints: what was compared, the weights side by side,
/// the rank correlations over the years, the Gini by year, its shares in the first and
/// last year, the conclusions and the findings. Fits an 80-column terminal for the
/// study's 12 indicators, 3 dimensions and the five default methods.
public enum SensitivitySummary {
    public static func render(_ result: SensitivityResult, digits: TableDigits = TableDigits()) -> String {
        let tables = SensitivityTables(result, digits: digits)
        let input = result.reference.input
        var out: [String] = []
        out.append("Weighting sensitivity of \(input.source == "demo" ? "the demo panel" : input.source): "
            + "\(input.units.count) units, \(input.years.count) years; methods "
            + result.methods.map(\.rawValue).joined(separator: ", ") + " (\(result.methods[0].rawValue) is the reference).")
        if input.synthetic {
            out.append("NOTE: the demo panel is SYNTHETIC, calibrated to the study's published aggregates; it is not real city data.")
        }
        out.append("")
        out.append(TextTableRenderer.render(tables.weightsTable))
        if result.methods.count > 1 { out.append(TextTableRenderer.render(tables.rankSummaryTable)) }
        out.append(TextTableRenderer.render(tables.giniTable))
        out.append(TextTableRenderer.render(tables.sharesTable(compact: true)))
        out.append(TextTableRenderer.render(tables.conclusionsTerminalTable))
        out.append(SensitivityText.findings(result, digits: digits).map { "- " + $0 }.joined(separator: "\n"))
        return TerminalSummary.wrap(out.joined(separator: "\n"), width: 80)
    }
}
