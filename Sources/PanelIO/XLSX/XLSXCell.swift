/// The value of one worksheet cell, as the file stores it (ECMA-376 Part 1, 18.3.1.4,
/// the `t` attribute of `<c>`).
///
/// Dates are numbers in a spreadsheet (days since 1899-12-30, with a date style); they
/// stay numbers here, as styles are not read. A formula cell holds the value Excel or
/// LibreOffice cached when the file was saved; the formula itself is not evaluated.
public enum XLSXValue: Sendable, Hashable {
    /// A cell with no value (or no `<c>` element at all).
    case empty
    /// A number (`t="n"` or no `t`).
    case number(Double)
    /// Text: a shared string (`t="s"`), an inline string (`t="inlineStr"`), a formula's
    /// text result (`t="str"`) or an ISO 8601 date written as text (`t="d"`).
    case text(String)
    /// `t="b"`.
    case boolean(Bool)
    /// An error value such as `#DIV/0!` or `#N/A` (`t="e"`).
    case error(String)

    /// The cell as the text a CSV file would hold: numbers in shortest round-trip form
    /// (integral values without `.0`, so `2019` stays a year and `110000` a code),
    /// booleans as `1`/`0`, errors as their code (`#N/A`), empty as "".
    public var fieldText: String {
        switch self {
        case .empty: return ""
        case let .number(value): return Self.text(of: value)
        case let .text(text): return text
        case let .boolean(value): return value ? "1" : "0"
        case let .error(code): return code
        }
    }

    /// Shortest round-trip text of `value`; integral values up to 2^53 in magnitude (where
    /// every integer is exact) are written as integers (`2019`, not `2019.0`; `-0` as `0`).
    public static func text(of value: Double) -> String {
        if value.isFinite, value == value.rounded(.towardZero), abs(value) <= 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return value.description
    }

    /// True for ``empty`` and for text that is empty.
    public var isEmpty: Bool {
        switch self {
        case .empty: return true
        case let .text(text): return text.isEmpty
        default: return false
        }
    }
}

/// One row of a worksheet: its 1-based number and its non-empty cells in column order.
public struct XLSXRow: Sendable, Hashable {
    public var number: Int
    /// `(column, value)`, 1-based columns ascending, one entry per column.
    public var cells: [(column: Int, value: XLSXValue)]

    public init(number: Int, cells: [(column: Int, value: XLSXValue)]) {
        self.number = number
        self.cells = cells
    }

    /// The value in `column` (1-based), ``XLSXValue/empty`` when the row has none there.
    public func value(inColumn column: Int) -> XLSXValue {
        var low = 0, high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if cells[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < cells.count && cells[low].column == column ? cells[low].value : .empty
    }

    public static func == (a: XLSXRow, b: XLSXRow) -> Bool {
        a.number == b.number && a.cells.elementsEqual(b.cells) { $0.column == $1.column && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        for cell in cells { hasher.combine(cell.column); hasher.combine(cell.value) }
    }
}

/// A worksheet read in full: its name and its rows in ascending order (rows with no
/// value at all are left out).
public struct XLSXSheet: Sendable, Hashable {
    public var name: String
    public var rows: [XLSXRow]

    public init(name: String, rows: [XLSXRow]) {
        self.name = name
        self.rows = rows
    }

    /// The last column that holds a value in any row (0 for an empty sheet).
    public var width: Int {
        rows.reduce(0) { max($0, $1.cells.last?.column ?? 0) }
    }
}
