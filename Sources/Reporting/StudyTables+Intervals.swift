import PanelData
import Resilience

/// The bootstrap ranges of the study tables: when the run has a bootstrap, the cells of
/// Tables 4a, 5 and 6 (in the report's form) are ``Table/Cell/range(_:lower:upper:_:)``
/// cells, `value [lower, upper]`, and the table's note says what the brackets hold.
extension AnalysisTables {
    /// The bootstrap intervals of each year of `result.yearly`, or nil for every year
    /// when the run had no bootstrap.
    var yearIntervals: [YearIntervals?] {
        guard let bootstrap = result.bootstrap, bootstrap.years.count == result.yearly.count else {
            return Array(repeating: nil, count: result.yearly.count)
        }
        return bootstrap.years
    }

    /// The intervals of one year of the result, or nil.
    func intervals(of year: YearResult) -> YearIntervals? {
        result.yearly.firstIndex { $0.year == year.year }.flatMap { yearIntervals[$0] }
    }

    /// A number cell, or a range cell when there is an interval (a non-finite bound is
    /// left empty, never written `nan`).
    func cell(_ value: Double?, _ interval: Interval?, _ style: Table.NumberStyle) -> Table.Cell {
        guard let interval else { return .number(value, style) }
        return .range(value, lower: interval.lower.isFinite ? interval.lower : nil,
                      upper: interval.upper.isFinite ? interval.upper : nil, style)
    }

    /// `note` followed by the bracket sentence of ``BootstrapText/tableNote(_:)``.
    func withIntervalNote(_ note: String?) -> String? {
        guard let sentence = BootstrapText.tableNote(result) else { return note }
        return note.map { $0 + " " + sentence } ?? sentence
    }
}
