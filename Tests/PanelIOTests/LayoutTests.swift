import Foundation
import PanelData
import PanelIO
import TestSupport
import Testing

/// The three layouts of one panel read to the same panel, from workbooks (our script's and
/// LibreOffice's) and from folders of CSV files.
@Suite("layouts: long, wide-by-year, wide-by-indicator")
struct LayoutTests {
    static func smallConfiguration(_ layout: PanelLayout) throws -> AnalysisConfiguration {
        var configuration = try ConfigurationLoader.load(path: Fixture.url("small/config.yaml").path)
        configuration.layout = layout
        return configuration
    }

    static func smallFromCSV() throws -> Panel {
        try LongPanelReader.readCSV(path: Fixture.url("small/panel.csv").path, configuration: smallConfiguration(.long)).panel
    }

    @Test("small/panel.csv in each layout (our workbooks) is the same panel, bit for bit",
          arguments: PanelLayout.allCases)
    func smallWorkbooks(layout: PanelLayout) throws {
        let loaded = try PanelReader.read(path: Fixture.url("xlsx/small-\(layout.rawValue).xlsx").path,
                                          configuration: Self.smallConfiguration(layout))
        #expect(PanelComparison.differences(try Self.smallFromCSV(), loaded.panel).isEmpty)
        #expect(loaded.panel.missingCount == 3)
        #expect(loaded.warnings.isEmpty)
    }

    @Test("the wide workbooks saved again by LibreOffice 7.4 read to the same panel",
          arguments: [PanelLayout.wideByYear, .wideByIndicator])
    func libreOfficeWide(layout: PanelLayout) throws {
        let loaded = try PanelReader.read(path: Fixture.url("xlsx/libreoffice/small-\(layout.rawValue).xlsx").path,
                                          configuration: Self.smallConfiguration(layout))
        #expect(PanelComparison.differences(try Self.smallFromCSV(), loaded.panel).isEmpty)
    }

    @Test("the demo panel in each layout is the same panel as its long CSV", arguments: PanelLayout.allCases)
    func demoWorkbooks(layout: PanelLayout) throws {
        var configuration = AnalysisConfiguration.study
        let csv = try LongPanelReader.readCSV(path: Fixture.url("xlsx/demo/panel.csv").path, configuration: configuration)
        configuration.layout = layout
        let workbook = try PanelReader.read(path: Fixture.url("xlsx/demo-\(layout.rawValue).xlsx").path,
                                            configuration: configuration)
        #expect(PanelComparison.differences(csv.panel, workbook.panel).isEmpty)
        #expect(workbook.panel.units.count == 277 && workbook.panel.years == Array(2009...2023))
        #expect(workbook.panel.missingCount == csv.panel.missingCount)
    }

    @Test("wide-by-year from a folder of CSV files named by year; `sheets` picks files")
    func csvFolderByYear() throws {
        let scratch = try LayoutScratch()
        let header = "city,region,green,so2,gdp,unemp,patents\n"
        try scratch.write("2020.csv", header + "B,South,1,2,3,4,5\nA,North,6,7,8,9,10\n")
        try scratch.write("2019.csv", header + "A,North,1.5,2,3,4,5\n")
        try scratch.write("notes.txt", "not a table")
        var configuration = try Self.smallConfiguration(.wideByYear)
        configuration.groups = nil
        let panel = try PanelReader.read(path: scratch.path, configuration: configuration).panel
        #expect(panel.units.map(\.name) == ["A", "B"])          // first appearance, years in order
        #expect(panel.years == [2019, 2020])
        #expect(panel.rowCount == 3)
        #expect(panel.values[0] == [1.5, 6, 1])                 // A 2019, A 2020, B 2020
        configuration.sheets = ["2020"]
        #expect(try PanelReader.read(path: scratch.path, configuration: configuration).panel.years == [2020])
    }

    @Test("wide-by-indicator from a folder of <column>.csv files; all-empty unit-years are not rows")
    func csvFolderByIndicator() throws {
        let scratch = try LayoutScratch()
        let indicators = ["green", "so2", "gdp", "unemp", "patents"]
        for (index, name) in indicators.enumerated() {
            // B has no value in 2019 in any file: B 2019 is not a row.
            try scratch.write("\(name).csv", "city,region,2019,2020\nA,North,\(index),\(index + 10)\nB,South,,\(index + 20)\n")
        }
        var configuration = try Self.smallConfiguration(.wideByIndicator)
        configuration.groups = nil
        let loaded = try PanelReader.read(path: scratch.path, configuration: configuration)
        #expect(loaded.panel.rowCount == 3)
        #expect(loaded.panel.values[1] == [1, 11, 21])           // so2: A 2019, A 2020, B 2020
        #expect(loaded.panel.units.map(\.group) == [0, 1])
    }

    @Test("wide-by-indicator: a unit missing from one sheet is missing there, with a warning")
    func unitMissingFromATable() throws {
        let scratch = try LayoutScratch()
        for name in ["green", "so2", "gdp", "unemp"] {
            try scratch.write("\(name).csv", "city,region,Y2019\nA,North,1\nB,South,2\n")
        }
        try scratch.write("patents.csv", "city,region,Y2019\nA,North,3\n")
        var configuration = try Self.smallConfiguration(.wideByIndicator)
        configuration.groups = nil
        let loaded = try PanelReader.read(path: scratch.path, configuration: configuration)
        #expect(loaded.panel.values[4][1].isNaN)
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings.first?.contains("has no row for 1 unit(s) (`B`)") == true)
    }

    @Test("yearPattern takes the first capture group: `Y(\\d+)` reads sheet names such as Y2019")
    func yearPatternCapture() throws {
        let scratch = try LayoutScratch()
        try scratch.write("Y2019_2020.csv", "city,region,green,so2,gdp,unemp,patents\nA,North,1,2,3,4,5\n")
        var configuration = try Self.smallConfiguration(.wideByYear)
        configuration.groups = nil
        configuration.yearPattern = #"Y(\d+)"#
        #expect(try PanelReader.read(path: scratch.path, configuration: configuration).panel.years == [2019])
        configuration.yearPattern = #"\d{4}$"#                   // no group: the whole match
        #expect(try PanelReader.read(path: scratch.path, configuration: configuration).panel.years == [2020])
    }

    @Test("long layout from a workbook: `sheet` chooses the sheet, by its exact name")
    func longSheetChoice() throws {
        var configuration = try Self.smallConfiguration(.long)
        configuration.sheet = "Panel"
        let loaded = try PanelReader.read(path: Fixture.url("xlsx/small-long.xlsx").path, configuration: configuration)
        #expect(PanelComparison.differences(try Self.smallFromCSV(), loaded.panel).isEmpty)
        configuration.sheet = "Pannel"
        do {
            _ = try PanelReader.read(path: Fixture.url("xlsx/small-long.xlsx").path, configuration: configuration)
            Issue.record("a sheet that is not there must be an error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.problem.hasSuffix("has no sheet named `Pannel`"))
            #expect(diagnostic.hint == "its sheets are: `Panel`")
        }
    }

    @Test("long layout without `sheet` reads the first sheet: the first year sheet has no `year` column")
    func longFirstSheet() throws {
        do {
            _ = try PanelReader.read(path: Fixture.url("xlsx/small-wide-by-year.xlsx").path,
                                     configuration: Self.smallConfiguration(.long))
            Issue.record("the first sheet of a wide workbook has no year column")
        } catch let list as DiagnosticList {
            #expect(list.diagnostics.first?.problem.contains("the year column `year` is not in the header") == true)
        }
    }
}

/// A fresh temporary folder for one test's files.
struct LayoutScratch {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("LayoutTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }
}
