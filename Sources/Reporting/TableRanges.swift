/// Range cells (bootstrap intervals) for the renderers that set the value and its
/// interval apart: the LaTeX range layout puts them on two lines, the HTML table puts
/// the interval under the value in smaller type.
extension Table {
    /// Whether any cell is a ``Cell/range(_:lower:upper:_:)``.
    public var hasRanges: Bool {
        rows.contains { row in
            row.cells.contains { cell in
                if case .range = cell { return true }
                return false
            }
        }
    }

    /// The two lines of a cell: its value (or its text, for any other cell) and its
    /// interval `[lower, upper]`, or "" when it is not a range or a bound is missing.
    public static func lines(_ cell: Cell) -> (value: String, interval: String) {
        if case let .range(value, lower, upper, style) = cell, let value, let lower, let upper {
            return (format(value, style), "[\(format(lower, style)), \(format(upper, style))]")
        }
        return (display(cell), "")
    }
}
