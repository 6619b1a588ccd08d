import Foundation
import PanelData
import PanelIO
import TestSupport
import Testing

/// Bad input in workbooks and wide layouts: every message names the original sheet and
/// cell (`panel.xlsx:'2020'!E4`) or file, line and column, never a place in the long
/// records the wide layouts are turned into.
@Suite("layout and workbook errors")
struct LayoutErrorTests {
    /// The diagnostics thrown by reading `path` with `configuration`.
    static func diagnostics(_ path: String, _ configuration: AnalysisConfiguration) -> [Diagnostic] {
        do {
            _ = try PanelReader.read(path: path, configuration: configuration)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics
        } catch let diagnostic as Diagnostic {
            return [diagnostic]
        } catch {
            return [Diagnostic(file: "?", line: 0, column: 0, problem: "unexpected \(error)", hint: "")]
        }
    }

    /// "line:column".
    static func place(_ diagnostic: Diagnostic) -> String { "\(diagnostic.line):\(diagnostic.column)" }

    /// "file:line:column".
    static func placeInFile(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)"
    }

    static func small(_ layout: PanelLayout) throws -> AnalysisConfiguration {
        try LayoutTests.smallConfiguration(layout)
    }

    @Test("long workbook: a text cell and an error value are reported at Panel!E3 and Panel!G5")
    func longBadCells() throws {
        let path = Fixture.url("xlsx/small-bad-cells.xlsx").path
        let found = Self.diagnostics(path, try Self.small(.long))
        #expect(found.map(\.cell) == ["Panel!E3", "Panel!G5"])
        #expect(found.map(\.problem) == ["not a number in column `green`", "not a number in column `gdp`"])
        #expect(found.map(\.found) == ["abc", "#N/A"])
        #expect(found.first?.description.hasPrefix("error: \(path):Panel!E3: not a number in column `green` (found \"abc\")") == true)
    }

    @Test("wide-by-year workbook: the bad cell is named in its year's sheet")
    func wideByYearBadCell() throws {
        let found = Self.diagnostics(Fixture.url("xlsx/small-wide-by-year-bad.xlsx").path, try Self.small(.wideByYear))
        #expect(found.map(\.cell) == ["'2020'!E4"])
        #expect(found.first?.problem == "not a number in column `so2`")
    }

    @Test("wide-by-indicator workbook: the bad cell is named in its indicator's sheet")
    func wideByIndicatorBadCell() throws {
        let found = Self.diagnostics(Fixture.url("xlsx/small-wide-by-indicator-bad.xlsx").path, try Self.small(.wideByIndicator))
        #expect(found.map(\.cell) == ["gdp!F3"])
        #expect(found.first?.found == "#VALUE!")
    }

    @Test("a sheet whose name holds no year, and two sheets of one year")
    func sheetYears() throws {
        let path = Fixture.url("xlsx/small-wide-by-year.xlsx").path
        var configuration = try Self.small(.wideByYear)
        configuration.yearPattern = #"(\d{5})"#
        let none = Self.diagnostics(path, configuration)
        #expect(none.count == 4)
        #expect(none.first?.cell == "'2019'!A1")
        #expect(none.first?.problem == #"the sheet name `2019` holds no year (`yearPattern` is `(\d{5})`)"#)
        configuration.yearPattern = "(20)"
        let twice = Self.diagnostics(path, configuration)
        #expect(twice.first?.problem == "sheet `2020` and sheet `2019` both hold year 20")
        #expect(twice.first?.cell == "'2020'!A1")
    }

    @Test("a configured indicator missing from a year sheet, or with no sheet of its own")
    func missingIndicator() throws {
        var configuration = try Self.small(.wideByYear)
        var indicators = configuration.system.indicators
        indicators[0].id = "greeen"
        configuration.system = IndicatorSystem(dimensions: configuration.system.dimensions, indicators: indicators)
        let byYear = Self.diagnostics(Fixture.url("xlsx/small-wide-by-year.xlsx").path, configuration)
        #expect(byYear.count == 4)       // one per sheet
        #expect(byYear.first?.problem == "the indicator column `greeen` is not in the header of sheet `2019`")
        #expect(byYear.first?.hint.hasPrefix("did you mean `green`?") == true)
        configuration.layout = .wideByIndicator
        let byIndicator = Self.diagnostics(Fixture.url("xlsx/small-wide-by-indicator.xlsx").path, configuration)
        #expect(byIndicator.first?.problem.contains("has no sheet named `greeen`") == true)
    }

    @Test("folder, wide-by-year: a unit twice in one year and a unit changing group name both files and lines")
    func folderDuplicatesAndGroups() throws {
        let scratch = try LayoutScratch()
        let header = "city,region,green,so2,gdp,unemp,patents\n"
        let first = try scratch.write("2019.csv", header + "A,North,1,2,3,4,5\nA,North,1,2,3,4,5\n")
        var configuration = try Self.small(.wideByYear)
        configuration.groups = nil
        let duplicate = Self.diagnostics(scratch.path, configuration)
        #expect(duplicate.first?.file == first)
        #expect(duplicate.first.map(Self.place) == "3:1")
        #expect(duplicate.first?.problem == "a second row for unit `A` in year 2019 (the first is at \(first) line 2)")

        try scratch.write("2019.csv", header + "A,North,1,2,3,4,5\n")
        let second = try scratch.write("2020.csv", header + "A,South,1,2,3,4,5\n")
        let change = Self.diagnostics(scratch.path, configuration)
        #expect(change.first?.file == second)
        #expect(change.first.map(Self.place) == "2:2")
        #expect(change.first?.problem == "unit `A` changes group from `North` (\(first) line 2) to `South`")
    }

    @Test("folder, wide-by-indicator: no year column, a unit twice, and a group that differs between files")
    func folderByIndicator() throws {
        let scratch = try LayoutScratch()
        var configuration = try Self.small(.wideByIndicator)
        configuration.groups = nil
        for name in ["green", "so2", "gdp", "unemp"] { try scratch.write("\(name).csv", "city,region,2019\nA,North,1\n") }
        let patents = try scratch.write("patents.csv", "city,region,total\nA,North,1\n")
        let noYear = Self.diagnostics(scratch.path, configuration)
        #expect(noYear.first?.file == patents)
        #expect(noYear.first?.problem.hasPrefix("file `\(patents)` has no year column") == true)

        try scratch.write("patents.csv", "city,region,2019\nA,North,1\nA,North,2\n")
        let twice = Self.diagnostics(scratch.path, configuration)
        #expect(twice.first.map(Self.place) == "3:1")
        #expect(twice.first?.problem == "a second row for unit `A` in file `\(patents)` (the first is at \(patents) line 2)")

        try scratch.write("patents.csv", "city,region,2019\nA,South,1\n")
        let group = Self.diagnostics(scratch.path, configuration)
        #expect(group.first.map(Self.placeInFile) == "\(patents):2:2")
        #expect(group.first?.problem.hasPrefix("unit `A` has group `South` here but `North` in file") == true)
    }

    @Test("inputs a layout cannot read are refused with a hint")
    func refusedInputs() throws {
        let scratch = try LayoutScratch()
        try scratch.write("2019.csv", "city,region,green\nA,North,1\n")
        let folderAsLong = Self.diagnostics(scratch.path, try Self.small(.long))
        #expect(folderAsLong.first?.problem == "the data path is a folder, but `layout: long` reads one file")
        let fileByIndicator = Self.diagnostics(Fixture.url("small/panel.csv").path, try Self.small(.wideByIndicator))
        #expect(fileByIndicator.first?.problem.hasPrefix("`layout: wide-by-indicator` needs one table per indicator") == true)
        let xls = try scratch.write("panel.xls", "")
        #expect(Self.diagnostics(xls, try Self.small(.long)).first?.problem == "`.xls` files are not read")
        let fake = try scratch.write("panel.xlsx", "city,year\n")
        #expect(Self.diagnostics(fake, try Self.small(.long)).first?.problem.contains("not an .xlsx workbook") == true)
    }

    @Test("a CSV row with the wrong number of fields in a wide table is reported at its line")
    func fieldCount() throws {
        let scratch = try LayoutScratch()
        let file = try scratch.write("2019.csv", "city,region,green,so2,gdp,unemp,patents\nA,North,1,2,3\n")
        var configuration = try Self.small(.wideByYear)
        configuration.groups = nil
        let found = Self.diagnostics(scratch.path, configuration)
        #expect(found.first.map(Self.placeInFile) == "\(file):2:6")
        #expect(found.first?.problem == "the row has 5 fields but the header has 7")
    }
}
