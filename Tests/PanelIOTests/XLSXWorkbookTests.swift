import Foundation
import PanelData
import PanelIO
import TestSupport
import Testing

/// Reading cells from workbooks: `xlsx/cells.xlsx` holds one of every kind of cell (see
/// `scripts/make-xlsx-fixtures.py`, `cells_workbook`), and the LibreOffice-saved files
/// check the reader against a writer other than our own script.
@Suite("XLSX workbook reading")
struct XLSXWorkbookTests {
    static func cells() throws -> XLSXWorkbook {
        try XLSXWorkbook(path: Fixture.url("xlsx/cells.xlsx").path)
    }

    /// All records of a sheet, as the panel reader would see them.
    static func records(_ workbook: XLSXWorkbook, sheet: String) throws -> [(fields: [String], line: Int)] {
        var source = try XLSXRecordSource(workbook: workbook, sheet: sheet)
        var records: [(fields: [String], line: Int)] = []
        while let record = try source.next() { records.append(record) }
        return records
    }

    @Test("sheet names in tab order from workbook.xml, with the chart sheet marked")
    func sheetNames() throws {
        let workbook = try Self.cells()
        #expect(workbook.sheetNames == ["Types", "My Data", "Prefixed", "Chart1"])
        #expect(workbook.sheets.map(\.isWorksheet) == [true, true, true, false])
        // The script writes absolute targets (/xl/worksheets/...); they resolve inside the ZIP.
        #expect(workbook.sheets[0].part == "xl/worksheets/sheet1.xml")
    }

    @Test("every kind of cell becomes the text a CSV file would hold")
    func cellTypes() throws {
        let records = try Self.records(Self.cells(), sheet: "Types")
        let first = try #require(records.first)
        #expect(first.line == 1)
        let expected = [
            "text",                 // A1 shared string
            "1.5",                  // B1 number
            "2019",                 // C1 integral number: no ".0", so it reads as a year
            "1", "0",               // D1, E1 booleans
            "inline",               // F1 inline string
            "3",                    // G1 =B1*2, cached value
            "ab",                   // H1 ="a"&"b", cached text (t="str")
            "#DIV/0!",              // I1 error value, kept as its code
            "43831",                // J1 2020-01-01 with a date style: left as its serial number
            "bold plain",           // K1 rich text runs joined
            "東京",                 // L1 phonetic run (rPh) left out
            "a\rb",                 // M1 _x000D_ unescaped
            "1e-05",                // N1 shortest round-trip
            "0.30000000000000004",  // O1 0.1 + 0.2, every digit kept
            "0",                    // P1 -0
            "1e+20",                // Q1 too large to write as an integer
            "", "",                 // R1 styled empty cell, S1 empty shared string
        ]
        // Width is the last column with a value anywhere in the sheet (Q).
        #expect(first.fields == Array(expected.prefix(17)))
    }

    @Test("sparse rows are filled with empty fields; missing rows are skipped; r may be left out")
    func sparseRows() throws {
        let records = try Self.records(Self.cells(), sheet: "Types")
        #expect(records.map(\.line) == [1, 3, 4, 5])
        #expect(records[1].fields.prefix(5) == ["x", "", "", "5", ""])
        #expect(records[1].fields.count == 17)
        #expect(records[2].fields.prefix(3) == ["1", "2", ""])     // <c> without r: A4, B4
        #expect(records[3].fields.first == "after")                 // <row> without r: row 5
    }

    @Test("namespace prefixes (x:row, x:c) are read like unprefixed elements")
    func prefixedElements() throws {
        let records = try Self.records(Self.cells(), sheet: "Prefixed")
        #expect(records.map(\.fields) == [["city", "7"]])
    }

    @Test("diagnostics name the sheet and cell, quoting names that need it")
    func diagnosticsNameCells() throws {
        let source = try XLSXRecordSource(workbook: Self.cells(), sheet: "My Data")
        let diagnostic = source.diagnostic(line: 17, column: 3, problem: "p", found: nil, hint: "h")
        #expect(diagnostic.cell == "'My Data'!C17")
        #expect(diagnostic.description.hasPrefix("error: \(Fixture.url("xlsx/cells.xlsx").path):'My Data'!C17: p"))
    }

    @Test("a chart sheet, a missing sheet and a file that is not a workbook are refused with hints")
    func refusals() throws {
        let workbook = try Self.cells()
        #expect(throws: Diagnostic.self) { try workbook.sheet(named: "Chart1") }
        do {
            _ = try workbook.sheet(named: "types")
            Issue.record("a sheet name differing in case must not be taken silently")
        } catch {
            #expect(error.problem == "the workbook has no sheet named `types`")
            #expect(error.hint.hasPrefix("did you mean `Types`?"))
        }
        let notZip = Fixture.url("small/panel.csv").path
        do {
            _ = try XLSXWorkbook(path: notZip)
            Issue.record("a CSV file must not open as a workbook")
        } catch {
            #expect(error.problem.contains("not an .xlsx workbook"))
        }
    }

    @Test("XLSXValue.text(of:): integers up to 2^53 without .0, else Swift's shortest round-trip", arguments: [
        (2019.0, "2019"), (-3.0, "-3"), (0.5, "0.5"), (1e15, "1000000000000000"),
        (9_007_199_254_740_992.0, "9007199254740992"), (1e16, "1e+16"), (123.456, "123.456"), (5e-324, "5e-324"),
    ])
    func numberText(value: Double, text: String) {
        #expect(XLSXValue.text(of: value) == text)
        #expect(Double(text) == value)
    }

    @Test("a workbook saved by LibreOffice 7.4 from small/panel.csv reads to the same panel as the CSV")
    func libreOfficeLong() throws {
        let configuration = try ConfigurationLoader.load(path: Fixture.url("small/config.yaml").path)
        let fromCSV = try LongPanelReader.readCSV(path: Fixture.url("small/panel.csv").path, configuration: configuration)
        let fromLibreOffice = try PanelReader.read(path: Fixture.url("xlsx/libreoffice/small-long.xlsx").path,
                                                   configuration: configuration)
        #expect(PanelComparison.differences(fromCSV.panel, fromLibreOffice.panel).isEmpty)
        // Its one sheet is named after the CSV file and is the first sheet, so no `sheet:` is needed.
        #expect(fromLibreOffice.warnings.isEmpty)
    }
}

/// Compares two panels exactly: units (names, groups, coordinates), years, groups, rows and
/// every value bit for bit (NaN equal to NaN).
enum PanelComparison {
    static func differences(_ a: Panel, _ b: Panel) -> [String] {
        var problems: [String] = []
        if a.units.map(\.name) != b.units.map(\.name) { problems.append("unit names or order differ") }
        if a.units.map(\.group) != b.units.map(\.group) { problems.append("unit groups differ") }
        if a.units.map(\.longitude) != b.units.map(\.longitude) || a.units.map(\.latitude) != b.units.map(\.latitude) {
            problems.append("coordinates differ")
        }
        if a.groups != b.groups { problems.append("groups \(a.groups) vs \(b.groups)") }
        if a.years != b.years { problems.append("years \(a.years) vs \(b.years)") }
        if a.rowUnit != b.rowUnit || a.rowYear != b.rowYear { problems.append("rows differ") }
        if a.system != b.system { problems.append("indicator systems differ") }
        guard a.values.count == b.values.count else { return problems + ["indicator counts differ"] }
        for (j, (x, y)) in zip(a.values, b.values).enumerated() {
            guard x.count == y.count else { problems.append("indicator \(j): row counts differ"); continue }
            for row in x.indices where x[row].bitPattern != y[row].bitPattern {
                problems.append("indicator \(j) row \(row): \(x[row]) vs \(y[row])")
                break
            }
        }
        return problems
    }
}
