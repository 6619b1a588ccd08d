/// Reads the cells of a worksheet part (ECMA-376 Part 1, 18.3.1: `<sheetData>`, `<row r>`,
/// `<c r t><v/><f/><is/></c>`).
///
/// - A row or cell without its `r` attribute follows the previous one (the standard lets
///   writers leave it out; some do).
/// - Shared strings are looked up by index; an index outside the table is a problem.
/// - A formula (`<f>`) is skipped: its cached value (`<v>`) is the cell's value.
/// - Cells with no value (only a style) and empty strings are not kept; rows without any
///   value are dropped.
final class SheetHandler: XMLEventHandler {
    /// A cell the handler could not read.
    struct Problem {
        var row: Int
        var column: Int
        var text: String
        var found: String?
    }

    private let sharedStrings: [String]
    private(set) var problem: Problem?
    private var rows: [XLSXRow] = []

    private var rowNumber = 0
    private var rowCells: [(column: Int, value: XLSXValue)] = []
    private var rowIsSorted = true
    private var inRow = false

    private var column = 0
    private var cellType = "n"
    private var inCell = false
    private var valueText = ""
    private var hasValue = false
    private var inlineText = ""
    private var hasInline = false
    private var capture: Capture = .none
    private var phoneticDepth = 0

    private enum Capture { case none, value, inlineText }

    init(sharedStrings: [String]) { self.sharedStrings = sharedStrings }

    func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "row":
            if let text = attributes["r"], let number = Int(text), number > 0 {
                rowNumber = number
            } else {
                rowNumber += 1
            }
            inRow = true
            rowCells = []
            rowIsSorted = true
            column = 0
        case "c" where inRow:
            if let text = attributes["r"], let reference = XLSXCellReference(text) {
                column = reference.column
            } else {
                column += 1
            }
            cellType = attributes["t"] ?? "n"
            inCell = true
            valueText = ""
            hasValue = false
            inlineText = ""
            hasInline = false
        case "v" where inCell:
            capture = .value
            hasValue = true
        case "is" where inCell:
            hasInline = true
        case "rPh" where inCell:
            phoneticDepth += 1
        case "t" where inCell && hasInline && phoneticDepth == 0:
            capture = .inlineText
        default:
            break
        }
    }

    func end(_ name: String) {
        switch name {
        case "v", "t":
            capture = .none
        case "rPh" where inCell:
            phoneticDepth -= 1
        case "c" where inCell:
            inCell = false
            capture = .none
            let value = cellValue()
            if !value.isEmpty {
                if let last = rowCells.last, last.column >= column { rowIsSorted = false }
                rowCells.append((column, value))
            }
        case "row" where inRow:
            inRow = false
            guard !rowCells.isEmpty else { return }
            if !rowIsSorted {
                // Sort by column; of two cells in one column the later one wins.
                var byColumn: [Int: XLSXValue] = [:]
                for cell in rowCells { byColumn[cell.column] = cell.value }
                rowCells = byColumn.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            }
            rows.append(XLSXRow(number: rowNumber, cells: rowCells))
        default:
            break
        }
    }

    func text(_ text: String) {
        switch capture {
        case .value: valueText += text
        case .inlineText: inlineText += text
        case .none: break
        }
    }

    /// The rows in ascending order (a row number given twice keeps its cells together).
    func finishedRows() -> [XLSXRow] {
        var isSorted = true
        for index in rows.indices.dropFirst() where rows[index - 1].number >= rows[index].number {
            isSorted = false
            break
        }
        if isSorted { return rows }
        var merged: [Int: XLSXRow] = [:]
        for row in rows {
            if var existing = merged[row.number] {
                var byColumn: [Int: XLSXValue] = [:]
                for cell in existing.cells + row.cells { byColumn[cell.column] = cell.value }
                existing.cells = byColumn.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
                merged[row.number] = existing
            } else {
                merged[row.number] = row
            }
        }
        return merged.sorted { $0.key < $1.key }.map(\.value)
    }

    private func cellValue() -> XLSXValue {
        switch cellType {
        case "s":
            guard hasValue else { return .empty }
            let trimmed = valueText.trimmingSpaces
            guard let index = Int(trimmed), sharedStrings.indices.contains(index) else {
                report("the cell refers to shared string \(trimmed), but the workbook has \(sharedStrings.count)", found: trimmed)
                return .empty
            }
            return .text(sharedStrings[index])
        case "inlineStr":
            if hasInline { return .text(OOXMLText.unescaped(inlineText)) }
            return hasValue ? .text(OOXMLText.unescaped(valueText)) : .empty
        case "str", "d":
            return hasValue ? .text(OOXMLText.unescaped(valueText)) : .empty
        case "b":
            guard hasValue else { return .empty }
            switch valueText.trimmingSpaces {
            case "1", "true": return .boolean(true)
            case "0", "false": return .boolean(false)
            default:
                report("a boolean cell holds neither 1 nor 0", found: valueText)
                return .empty
            }
        case "e":
            return hasValue ? .error(valueText.trimmingSpaces) : .empty
        default:
            guard hasValue else { return .empty }
            let trimmed = valueText.trimmingSpaces
            if trimmed.isEmpty { return .empty }
            if let number = Double(trimmed), number.isFinite { return .number(number) }
            // Not a number where one belongs: keep the text, so the panel reader reports it
            // at this cell in its usual words.
            return .text(trimmed)
        }
    }

    private func report(_ text: String, found: String?) {
        if problem == nil { problem = Problem(row: rowNumber, column: column, text: text, found: found) }
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        var text = self[...]
        while let first = text.first, first == " " || first == "\t" || first == "\n" || first == "\r" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\n" || last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
