import PanelData

/// The rows of one worksheet as records of text fields, for ``LongPanelReader`` and the
/// layout readers: the same interface as ``CSVRecordSource``, so every check on a CSV
/// file applies to a sheet unchanged.
///
/// Each record is one sheet row that holds a value, with the row number as its line.
/// Fields are the cells of columns 1...w, where w is the last column that holds a value
/// anywhere in the sheet; cells a row leaves out (sparse rows) are "". Numbers are
/// written in shortest round-trip form (integral ones without `.0`), booleans as `1`/`0`,
/// error values as their code (`#N/A`, which the panel reader then reports as not a
/// number at its cell). Diagnostics name the cell: `panel.xlsx:Sheet1!C17`.
public struct XLSXRecordSource: RecordSource {
    public let file: String
    /// The sheet's name.
    public let sheet: String
    private let rows: [XLSXRow]
    private let width: Int
    private var position = 0

    /// The records of `sheet`, read from the workbook file `file`.
    public init(sheet: XLSXSheet, file: String) {
        self.file = file
        self.sheet = sheet.name
        rows = sheet.rows
        width = sheet.width
    }

    /// Reads the sheet named `sheet` of `workbook`.
    public init(workbook: XLSXWorkbook, sheet: String) throws(Diagnostic) {
        self.init(sheet: try workbook.sheet(named: sheet), file: workbook.file)
    }

    public mutating func next() throws -> (fields: [String], line: Int)? {
        guard position < rows.count else { return nil }
        let row = rows[position]
        position += 1
        var fields = [String](repeating: "", count: width)
        for cell in row.cells where cell.column <= width { fields[cell.column - 1] = cell.value.fieldText }
        return (fields, row.number)
    }

    public func diagnostic(line: Int, column: Int, problem: String, found: String?, hint: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column,
                   cell: XLSXCellReference(row: line, column: column).qualified(bySheet: sheet),
                   problem: problem, found: found, hint: hint)
    }
}
