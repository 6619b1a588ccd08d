import PanelData

/// A missing cell, written the way the readers store it.
let gap = Double.nan

/// One row of a test panel: unit index, year, one value per indicator (`gap` = missing).
struct TableRow {
    var unit: Int
    var year: Int
    var values: [Double]

    init(_ unit: Int, _ year: Int, _ values: [Double]) {
        self.unit = unit
        self.year = year
        self.values = values
    }
}

/// Builds a panel from a table written out in the test, so every input value is in plain
/// sight. Indicators are all positive and in one dimension unless stated; `years` is the
/// panel's year list (it may hold years a unit has no row for).
func makePanel(units: [String], groups: [String] = ["G"], unitGroups: [Int]? = nil,
               years: [Int], indicators: [String] = ["x"], rows: [TableRow],
               lines: [Int]? = nil) throws -> Panel {
    let system = IndicatorSystem(
        dimensions: ["D"],
        indicators: indicators.map { Indicator(id: $0, name: $0, unit: "", direction: .positive, dimension: 0) })
    let panelUnits = units.enumerated().map { index, name in
        PanelUnit(name: name, group: unitGroups?[index] ?? 0)
    }
    var values = [[Double]](repeating: [], count: indicators.count)
    for row in rows {
        precondition(row.values.count == indicators.count, "one value per indicator")
        for j in indicators.indices { values[j].append(row.values[j]) }
    }
    let provenance = lines.map {
        PanelProvenance(file: "t.csv", rowLines: $0.map { Int32($0) }, indicatorColumns: [], yearColumn: 2)
    }
    return try Panel(units: panelUnits, groups: groups, years: years, system: system,
                     rowUnit: rows.map { Int32($0.unit) },
                     rowYear: rows.map { Int32(years.firstIndex(of: $0.year)!) },
                     values: values, provenance: provenance)
}

extension Panel {
    /// The values of indicator `j` for the rows of unit `unit`, in year order.
    func series(unit: Int, indicator j: Int = 0) -> [Double] {
        rowRangesByUnit[unit].map { values[j][$0] }
    }

    /// The years of the rows of unit `unit`.
    func rowYears(unit: Int) -> [Int] {
        rowRangesByUnit[unit].map { years[Int(rowYear[$0])] }
    }
}

/// Bitwise-equal comparison that treats two NaNs as equal (missing = missing).
func sameCells(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
}
