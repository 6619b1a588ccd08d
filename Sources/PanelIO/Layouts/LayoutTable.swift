import Foundation
import PanelData

/// One table of a wide layout, read in full: a worksheet of a workbook or one CSV file of
/// a folder, with its name (the sheet's name, or the file's name without `.csv`) and the
/// record source it came from, which still names its cells in messages.
struct LayoutTable {
    /// The sheet name, or the file name without its extension.
    var name: String
    /// The header record (the first that is not blank) and its line.
    var header: [String]
    var headerLine: Int
    /// The data records below the header that are not blank.
    var rows: [(fields: [String], line: Int)]
    /// Where the records came from (a sheet names `Sheet1!C17`, a file `file:17:3`).
    var source: any RecordSource
    /// Blank records skipped below the header.
    var blankRows: Int
    /// The text encoding detected in a CSV file; nil for a sheet.
    var encoding: String?

    /// Reads every record of `source`; nil when the table holds no record at all.
    init?(name: String, source: some RecordSource) throws {
        var source = source
        var header: [String]?
        var headerLine = 0
        var rows: [(fields: [String], line: Int)] = []
        var blankRows = 0
        while let (fields, line) = try source.next() {
            if fields.allSatisfy({ CellParsing.trimmed($0).isEmpty }) {
                if header != nil { blankRows += 1 }
                continue
            }
            if header == nil {
                header = fields.map { String(CellParsing.trimmed($0.replacingOccurrences(of: "\u{FEFF}", with: ""))) }
                headerLine = line
            } else {
                rows.append((fields, line))
            }
        }
        guard let header else { return nil }
        self.name = name
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
        self.source = source
        self.blankRows = blankRows
    }

    /// A diagnostic at `line` and 1-based `column` of this table.
    func diagnostic(line: Int, column: Int, problem: String, found: String? = nil, hint: String) -> Diagnostic {
        source.diagnostic(line: line, column: column, problem: problem, found: found, hint: hint)
    }

    /// How the table is named in messages: "sheet `2019`" or "file `data/2019.csv`".
    var label: String {
        source is XLSXRecordSource ? "sheet `\(name)`" : "file `\(source.file)`"
    }

    /// A short reference to a row: `'2019'!A5` in a workbook, `data/2019.csv line 5` in
    /// a folder; used inside messages ("the first is at ...").
    func reference(line: Int, column: Int) -> String {
        let diagnostic = source.diagnostic(line: line, column: column, problem: "", found: nil, hint: "")
        return diagnostic.cell ?? "\(diagnostic.file) line \(line)"
    }
}

/// Where the tables of a wide layout come from.
enum LayoutTables {
    /// Every worksheet of `workbook` (chart sheets left out), in tab order, or the sheets
    /// named in `names`, in that order.
    static func sheets(of workbook: XLSXWorkbook, named names: [String]?,
                       configuration: AnalysisConfiguration, key: String) throws -> [LayoutTable] {
        let chosen: [String]
        if let names {
            let missing = names.filter { !workbook.sheetNames.contains($0) }
            if let first = missing.first {
                throw configuration.diagnostic(
                    at: key, dataFile: workbook.file,
                    problem: "\(workbook.file) has no sheet named `\(first)`\(missing.count > 1 ? " (nor \(missing.count - 1) other listed sheet(s))" : "")",
                    found: first, hint: "its sheets are: \(XLSXWorkbook.list(workbook.sheetNames))")
            }
            chosen = names
        } else {
            chosen = workbook.sheets.filter(\.isWorksheet).map(\.name)
        }
        var tables: [LayoutTable] = []
        for name in chosen {
            let source = try XLSXRecordSource(workbook: workbook, sheet: name)
            if let table = try LayoutTable(name: name, source: source) {
                tables.append(table)
            } else {
                tables.append(try emptyTable(name: name, source: source))
            }
        }
        return tables
    }

    /// One CSV file, named by its file name without `.csv`.
    static func csvFile(at path: String, configuration: AnalysisConfiguration) throws -> LayoutTable {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Diagnostic(file: path, line: 1, column: 1, problem: "cannot read the data file",
                             hint: "check that the path is right and the file is readable")
        }
        let (text, encoding) = try TextDecoding.decode(data, file: path, choice: configuration.encoding)
        let source = try CSVRecordSource(text: text, file: path)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        if var table = try LayoutTable(name: name, source: source) {
            table.encoding = encoding.rawValue
            return table
        }
        return try emptyTable(name: name, source: source)
    }

    /// The `.csv` files of `folder` (not its subfolders), sorted by name.
    static func csvFiles(in folder: String) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw Diagnostic(file: folder, line: 1, column: 1, problem: "cannot list the data folder",
                             hint: "check that the path is right and the folder is readable")
        }
        return names.filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted()
            .map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
    }

    private static func emptyTable(name: String, source: some RecordSource) throws -> LayoutTable {
        let label = source is XLSXRecordSource ? "sheet `\(name)`" : "the file"
        throw source.diagnostic(line: 1, column: 1, problem: "\(label) is empty",
                                found: nil, hint: "it needs a header row and at least one data row")
    }
}
