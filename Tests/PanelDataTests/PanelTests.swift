import PanelData
import Testing

@Suite("Panel")
struct PanelTests {
    /// Rows given out of order are stored by unit (in `units` order, not by name) and
    /// then by year; values and provenance lines move with their rows.
    @Test("rows are sorted by unit, then year; values and lines follow")
    func sorting() throws {
        let panel = try makePanel(
            units: ["Zeta", "Alpha"], years: [2019, 2020, 2021], indicators: ["x", "y"],
            rows: [TableRow(1, 2021, [16, 26]), TableRow(0, 2020, [12, 22]), TableRow(1, 2019, [14, 24]),
                   TableRow(0, 2019, [11, 21]), TableRow(0, 2021, [13, 23])],
            lines: [2, 3, 4, 5, 6])
        #expect(panel.rowUnit == [0, 0, 0, 1, 1])
        #expect(panel.rowYear == [0, 1, 2, 0, 2])
        #expect(panel.values[0] == [11, 12, 13, 14, 16])
        #expect(panel.values[1] == [21, 22, 23, 24, 26])
        #expect(panel.provenance?.rowLines == [5, 3, 6, 4, 2])
        #expect(panel.rowRangesByUnit == [0..<3, 3..<5])
        #expect(panel.rowCount == 5)
    }

    @Test("sorted input is kept as it is")
    func alreadySorted() throws {
        let panel = try makePanel(units: ["A", "B"], years: [2019, 2020],
                                  rows: [TableRow(0, 2019, [1]), TableRow(0, 2020, [2]), TableRow(1, 2020, [3])],
                                  lines: [2, 3, 4])
        #expect(panel.values[0] == [1, 2, 3])
        #expect(panel.provenance?.rowLines == [2, 3, 4])
    }

    /// Two rows for one unit and year: the error names the unit, the year and both
    /// lines, smaller first, wherever the rows stood in the input.
    @Test("a duplicate unit-year row is an error naming both lines")
    func duplicate() throws {
        #expect(throws: PanelError.duplicateRow(unit: "B", year: 2020, firstLine: 3, secondLine: 7)) {
            try makePanel(units: ["A", "B"], years: [2019, 2020],
                          rows: [TableRow(1, 2019, [0]), TableRow(1, 2020, [1]), TableRow(0, 2019, [0]),
                                 TableRow(0, 2020, [0]), TableRow(1, 2020, [2])],
                          lines: [2, 3, 4, 5, 7])
        }
        #expect(throws: PanelError.duplicateRow(unit: "B", year: 2020, firstLine: 3, secondLine: 7)) {
            try makePanel(units: ["A", "B"], years: [2019, 2020],
                          rows: [TableRow(1, 2020, [2]), TableRow(1, 2020, [1])],
                          lines: [7, 3])
        }
    }

    @Test("without provenance a duplicate names lines 0")
    func duplicateWithoutLines() throws {
        #expect(throws: PanelError.duplicateRow(unit: "A", year: 2019, firstLine: 0, secondLine: 0)) {
            try makePanel(units: ["A"], years: [2019], rows: [TableRow(0, 2019, [1]), TableRow(0, 2019, [1])])
        }
    }

    @Test("columns of different lengths are a shape mismatch")
    func shapeMismatch() throws {
        let system = IndicatorSystem(dimensions: ["D"], indicators: [
            Indicator(id: "x", name: "x", unit: "", direction: .positive, dimension: 0),
            Indicator(id: "y", name: "y", unit: "", direction: .negative, dimension: 0),
        ])
        let units = [PanelUnit(name: "A", group: 0)]
        #expect(throws: PanelError.shapeMismatch) {
            try Panel(units: units, groups: ["G"], years: [2019, 2020], system: system,
                      rowUnit: [0, 0], rowYear: [0, 1], values: [[1, 2], [1]])
        }
        #expect(throws: PanelError.shapeMismatch) {
            try Panel(units: units, groups: ["G"], years: [2019, 2020], system: system,
                      rowUnit: [0, 0], rowYear: [0], values: [[1, 2], [1, 2]])
        }
        #expect(throws: PanelError.shapeMismatch, "one column per indicator") {
            try Panel(units: units, groups: ["G"], years: [2019, 2020], system: system,
                      rowUnit: [0, 0], rowYear: [0, 1], values: [[1, 2]])
        }
    }

    /// Rows of each year in unit order; a unit missing a year simply has no row there.
    @Test("rowsByYear lists each year's rows in unit order")
    func rowsByYear() throws {
        let panel = try makePanel(
            units: ["A", "B", "C"], years: [2019, 2020, 2021],
            rows: [TableRow(2, 2019, [0]), TableRow(0, 2019, [0]), TableRow(0, 2020, [0]),
                   TableRow(1, 2021, [0]), TableRow(2, 2021, [0]), TableRow(0, 2021, [0])])
        // Sorted rows: A2019=0, A2020=1, A2021=2, B2021=3, C2019=4, C2021=5.
        #expect(panel.rowsByYear == [[0, 4], [1], [2, 3, 5]])
    }

    @Test("unitsPerGroup and missingCount")
    func counts() throws {
        let panel = try makePanel(
            units: ["A", "B", "C", "D"], groups: ["East", "West", "Empty"], unitGroups: [1, 0, 1, 1],
            years: [2019], indicators: ["x", "y"],
            rows: (0..<4).map { TableRow($0, 2019, [$0 == 1 ? gap : 1, $0 == 3 ? gap : 2]) })
        #expect(panel.unitsPerGroup == [1, 3, 0])
        #expect(panel.missingCount == 2)
    }

    /// Keeping A and C of A, B, C: C becomes unit 1; B's rows go; a year held only by B
    /// (2022) goes, and the year indices of later years are renumbered; lines follow.
    @Test("keepingUnits keeps the chosen units and their rows, renumbering units and years")
    func keepingUnits() throws {
        let panel = try makePanel(
            units: ["A", "B", "C"], groups: ["G", "H"], unitGroups: [0, 1, 1],
            years: [2019, 2020, 2022, 2023], indicators: ["x"],
            rows: [TableRow(0, 2019, [1]), TableRow(0, 2020, [2]), TableRow(1, 2022, [3]),
                   TableRow(1, 2019, [4]), TableRow(2, 2023, [5]), TableRow(2, 2019, [6])],
            lines: [10, 11, 12, 13, 14, 15])
        let kept = panel.keepingUnits { $0 != 1 }
        #expect(kept.units.map(\.name) == ["A", "C"])
        #expect(kept.units.map(\.group) == [0, 1])
        #expect(kept.groups == ["G", "H"])
        #expect(kept.years == [2019, 2020, 2023])
        #expect(kept.rowUnit == [0, 0, 1, 1])
        #expect(kept.rowYear == [0, 1, 0, 2])
        #expect(kept.values[0] == [1, 2, 6, 5])
        #expect(kept.provenance?.rowLines == [10, 11, 15, 14])
        #expect(kept.rowRangesByUnit == [0..<2, 2..<4])

        let none = panel.keepingUnits { _ in false }
        #expect(none.units.isEmpty && none.rowCount == 0 && none.years.isEmpty)
        let all = panel.keepingUnits { _ in true }
        #expect(all.values[0] == panel.values[0] && all.years == panel.years)
    }
}
