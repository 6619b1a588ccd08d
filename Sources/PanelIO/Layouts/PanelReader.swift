import Foundation
import PanelData

/// Reads a panel from any accepted input: the one entry point for the commands.
///
/// The input's kind is chosen by its path: a folder is a set of CSV files (wide layouts),
/// `.xlsx`/`.xlsm` a workbook, anything else a CSV file. The configuration's `layout`
/// says how the table(s) are laid out:
///
/// | layout | CSV file | workbook | folder of CSV files |
/// |---|---|---|---|
/// | `long` | the file | the sheet `sheet:` (default: the first) | refused |
/// | `wide-by-year` | one year, from the file name | one sheet per year (`sheets:`, default all) | one file per year |
/// | `wide-by-indicator` | refused | the sheet named by each indicator's `column` | `<column>.csv` per indicator |
///
/// The wide layouts are turned into long records (``WideByYearLayout``,
/// ``WideByIndicatorLayout``) and read by ``LongPanelReader``, so all its checks apply;
/// their messages name the original sheet and cell.
///
/// The panel's ``PanelProvenance`` holds a line and a column per row; for a sheet these are
/// its row and column numbers, and for the wide layouts the row of the unit in the first
/// table it appears in and the column of the indicator in the first table (provenance has
/// no room for a sheet name, so messages after reading name the workbook, row and column).
public enum PanelReader {
    /// What a data path holds.
    public enum InputKind: String, Sendable {
        case csv
        case xlsx
        /// A folder of CSV files.
        case csvFolder = "csv-folder"
    }

    /// The kind of input at `path`: a folder, a workbook (`.xlsx`, `.xlsm`) or a CSV file.
    /// Other spreadsheet formats (`.xls`, `.ods`, `.numbers`, `.xlsb`) are refused with a
    /// hint to save as `.xlsx`.
    public static func kind(of path: String) throws -> InputKind {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return .csvFolder }
        let suffix = URL(fileURLWithPath: path).pathExtension.lowercased()
        switch suffix {
        case "xlsx", "xlsm": return .xlsx
        case "xls", "xlsb", "ods", "numbers":
            throw Diagnostic(file: path, line: 1, column: 1, problem: "`.\(suffix)` files are not read",
                             hint: "save the workbook as \"Excel 2007-365 (.xlsx)\" or as CSV (UTF-8)")
        default: return .csv
        }
    }

    /// Reads the panel at `path` laid out as `configuration.layout` says.
    public static func read(path: String, configuration: AnalysisConfiguration) throws -> LoadedPanel {
        let kind = try kind(of: path)
        switch configuration.layout {
        case .long: return try readLong(path: path, kind: kind, configuration: configuration)
        case .wideByYear, .wideByIndicator: return try readWide(path: path, kind: kind, configuration: configuration)
        }
    }

    // MARK: - Long

    private static func readLong(path: String, kind: InputKind, configuration: AnalysisConfiguration) throws -> LoadedPanel {
        switch kind {
        case .csv:
            return try LongPanelReader.readCSV(path: path, configuration: configuration)
        case .csvFolder:
            throw configuration.diagnostic(at: "layout", dataFile: path,
                                           problem: "the data path is a folder, but `layout: long` reads one file",
                                           hint: "give the CSV or .xlsx file, or set `layout: wide-by-year` (one file per year) or `wide-by-indicator` (one file per indicator)")
        case .xlsx:
            let workbook = try XLSXWorkbook(path: path)
            var warnings: [String] = []
            let sheet: String
            if let chosen = configuration.sheet {
                guard workbook.sheetNames.contains(chosen) else {
                    throw configuration.diagnostic(at: "sheet", dataFile: path,
                                                   problem: "\(path) has no sheet named `\(chosen)`", found: chosen,
                                                   hint: "its sheets are: \(XLSXWorkbook.list(workbook.sheetNames))")
                }
                sheet = chosen
            } else {
                let worksheets = workbook.sheets.filter(\.isWorksheet)
                guard let first = worksheets.first else {
                    throw Diagnostic(file: path, line: 1, column: 1, problem: "the workbook has no worksheet",
                                     hint: "put the panel on a worksheet, one row per unit and year")
                }
                sheet = first.name
                if worksheets.count > 1 {
                    warnings.append("\(path): read sheet `\(sheet)`, the first of \(worksheets.count); set `sheet:` in the configuration to read another")
                }
            }
            var records = try XLSXRecordSource(workbook: workbook, sheet: sheet)
            var loaded = try LongPanelReader.read(records: &records, configuration: configuration)
            loaded.warnings = warnings + loaded.warnings
            loaded.encoding = nil
            return loaded
        }
    }

    // MARK: - Wide

    private static func readWide(path: String, kind: InputKind, configuration: AnalysisConfiguration) throws -> LoadedPanel {
        let pattern: YearPattern
        do {
            pattern = try YearPattern(configuration.yearPattern)
        } catch {
            throw configuration.diagnostic(at: "yearPattern", dataFile: path,
                                           problem: "`yearPattern` is not a usable regular expression: \(error)",
                                           found: configuration.yearPattern, hint: #"write e.g. `yearPattern: '(\d{4})'`"#)
        }
        let tables = try wideTables(path: path, kind: kind, configuration: configuration)
        guard let first = tables.first else {
            throw Diagnostic(file: path, line: 1, column: 1, problem: "the workbook has no worksheet",
                             hint: "put the panel on worksheets, one per year")
        }
        var source: LayoutRecordSource
        var warnings: [String] = []
        if configuration.layout == .wideByYear {
            source = try WideByYearLayout.records(from: tables, file: path, configuration: configuration, pattern: pattern)
        } else {
            (source, warnings) = try WideByIndicatorLayout.records(from: tables, file: path, configuration: configuration,
                                                                   pattern: pattern)
        }
        guard source.count > 1 else {
            throw first.diagnostic(line: first.headerLine + 1, column: 1,
                                   problem: "the tables have headers but no data rows",
                                   hint: "add one row per unit below each header")
        }
        var loaded = try LongPanelReader.read(records: &source, configuration: configuration)
        let blank = tables.reduce(0) { $0 + $1.blankRows }
        if blank > 0 { warnings.append("\(path): \(blank) blank row(s) skipped") }
        loaded.warnings = warnings + loaded.warnings
        loaded.encoding = tables.compactMap(\.encoding).first
        if let provenance = loaded.panel.provenance {
            loaded.panel.provenance = originalProvenance(provenance, source: source, path: path,
                                                         indicatorCount: configuration.system.count)
        }
        return loaded
    }

    /// The tables of a wide layout, in the order the layout reads them.
    private static func wideTables(path: String, kind: InputKind, configuration: AnalysisConfiguration) throws -> [LayoutTable] {
        let byIndicator = configuration.layout == .wideByIndicator
        let indicatorNames = configuration.system.indicators.map(\.id)
        switch kind {
        case .xlsx:
            let workbook = try XLSXWorkbook(path: path)
            if byIndicator {
                let missing = indicatorNames.filter { !workbook.sheetNames.contains($0) }
                if !missing.isEmpty {
                    throw DiagnosticList(missing.prefix(DiagnosticList.limit).map { id in
                        configuration.diagnostic(
                            at: "indicator:\(id)", dataFile: path,
                            problem: "\(path) has no sheet named `\(id)` (with `layout: wide-by-indicator` each indicator is read from the sheet named by its `column`)",
                            found: id, hint: "its sheets are: \(XLSXWorkbook.list(workbook.sheetNames))")
                    }, truncated: missing.count > DiagnosticList.limit)
                }
                return try LayoutTables.sheets(of: workbook, named: indicatorNames, configuration: configuration,
                                               key: "dimensions")
            }
            return try LayoutTables.sheets(of: workbook, named: configuration.sheets, configuration: configuration,
                                           key: "sheets")
        case .csv:
            if byIndicator {
                throw configuration.diagnostic(at: "layout", dataFile: path,
                                               problem: "`layout: wide-by-indicator` needs one table per indicator, but the data is one CSV file",
                                               hint: "give a workbook with one sheet per indicator, or a folder with one CSV file per indicator named after its `column` (e.g. wastewater.csv)")
            }
            return [try LayoutTables.csvFile(at: path, configuration: configuration)]
        case .csvFolder:
            let files = try LayoutTables.csvFiles(in: path)
            let byName = Dictionary(files.map { (URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent, $0) },
                                    uniquingKeysWith: { first, _ in first })
            let wanted = byIndicator ? indicatorNames : configuration.sheets
            guard let wanted else {
                guard !files.isEmpty else {
                    throw Diagnostic(file: path, line: 1, column: 1, problem: "the data folder holds no .csv file",
                                     hint: "put one CSV file per year in it, named after the year (e.g. 2019.csv)")
                }
                return try files.map { try LayoutTables.csvFile(at: $0, configuration: configuration) }
            }
            let missing = wanted.filter { byName[$0] == nil }
            if !missing.isEmpty {
                let key = byIndicator ? nil : "sheets"
                throw DiagnosticList(missing.prefix(DiagnosticList.limit).map { name in
                    configuration.diagnostic(
                        at: key ?? "indicator:\(name)", dataFile: path,
                        problem: "the data folder has no file `\(name).csv`", found: name,
                        hint: byIndicator ? "with `layout: wide-by-indicator` each indicator is read from the file named by its `column`"
                                          : "its CSV files are: \(XLSXWorkbook.list(byName.keys.sorted()))")
                }, truncated: missing.count > DiagnosticList.limit)
            }
            return try wanted.compactMap { byName[$0] }.map { try LayoutTables.csvFile(at: $0, configuration: configuration) }
        }
    }

    /// The provenance of a panel read through a ``LayoutRecordSource``, with its made-up
    /// lines turned back into rows of the original tables.
    private static func originalProvenance(_ provenance: PanelProvenance, source: LayoutRecordSource, path: String,
                                           indicatorCount: Int) -> PanelProvenance {
        let rowLines = provenance.rowLines.map { line in
            source.origin(line: Int(line), column: source.unitField + 1).map(\.line) ?? line
        }
        let indicatorColumns = provenance.indicatorColumns.map { column in
            source.origin(line: 1, column: column).map { Int($0.column) } ?? column
        }
        let yearColumn = source.origin(line: 1, column: provenance.yearColumn).map { Int($0.column) } ?? 1
        return PanelProvenance(file: path, rowLines: rowLines, indicatorColumns: indicatorColumns, yearColumn: yearColumn)
    }
}
