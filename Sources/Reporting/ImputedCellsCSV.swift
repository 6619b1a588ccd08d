import PanelData
import PanelIO
import Resilience

/// `imputed.csv`: every filled cell (unit, year, indicator, value, method) and every
/// dropped unit, the log that R's IC2 keeps and most tools do not.
public enum ImputedCellsCSV {
    public static func render(_ input: InputDescription) -> String {
        var text = CSVText.line(["unit", "year", "indicator", "value", "method"])
        for cell in input.imputed {
            text += CSVText.line([input.units[cell.unit].name, String(cell.year), input.system.indicators[cell.indicator].id,
                                  NumberText.roundTrip(cell.value) ?? "", cell.method.rawValue])
        }
        for unit in input.dropped {
            text += CSVText.line([unit.unit, "", "", "", "dropped: \(unit.reason)"])
        }
        return text
    }
}
