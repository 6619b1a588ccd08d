/// A panel of units observed over years on the indicators of an ``IndicatorSystem``.
///
/// Storage is by observation row (one row per unit-year that exists in the input) and
/// column-major for values: `values[j][row]` is indicator `j` of `row`, `nil`-free, with
/// `Double.nan` marking a missing cell (the readers turn empty cells and `NA`/`NaN`/`.`
/// into `nan`; real NaN and infinity in the data are rejected before a panel is built).
///
/// Rows are sorted by unit (in ``units`` order) and then by year, so the rows of a unit
/// are contiguous and in time order. The panel may be unbalanced: a unit need not have a
/// row in every year.
public struct Panel: Sendable {
    /// Units in their stated order (first appearance in the input, unless built otherwise).
    public var units: [PanelUnit]
    /// Group names, in the configured order.
    public var groups: [String]
    /// Years present, ascending.
    public var years: [Int]
    public var system: IndicatorSystem
    /// Unit index of each row.
    public var rowUnit: [Int32]
    /// Index into ``years`` of each row.
    public var rowYear: [Int32]
    /// `values[j][row]`; `nan` is missing.
    public var values: [[Double]]
    /// Where the rows came from, when they came from a file.
    public var provenance: PanelProvenance?

    /// Builds a panel, sorting the rows by unit and year.
    ///
    /// - Throws: ``PanelError/duplicateRow`` when a unit has two rows for one year, and
    ///   ``PanelError/shapeMismatch`` when the column lengths disagree.
    public init(units: [PanelUnit], groups: [String], years: [Int], system: IndicatorSystem,
                rowUnit: [Int32], rowYear: [Int32], values: [[Double]],
                provenance: PanelProvenance? = nil) throws {
        guard rowUnit.count == rowYear.count, values.count == system.count,
              values.allSatisfy({ $0.count == rowUnit.count }) else {
            throw PanelError.shapeMismatch
        }
        self.units = units
        self.groups = groups
        self.years = years
        self.system = system
        var isSorted = true
        for row in rowUnit.indices.dropFirst() where
            (rowUnit[row - 1], rowYear[row - 1]) >= (rowUnit[row], rowYear[row]) {
            isSorted = false
            break
        }
        if isSorted {
            self.rowUnit = rowUnit
            self.rowYear = rowYear
            self.values = values
            self.provenance = provenance
        } else {
            let order = (0..<rowUnit.count).sorted {
                (rowUnit[$0], rowYear[$0]) < (rowUnit[$1], rowYear[$1])
            }
            self.rowUnit = order.map { rowUnit[$0] }
            self.rowYear = order.map { rowYear[$0] }
            self.values = values.map { column in order.map { column[$0] } }
            self.provenance = provenance.map { source in
                var sorted = source
                sorted.rowLines = source.rowLines.isEmpty ? [] : order.map { source.rowLines[$0] }
                return sorted
            }
        }
        for row in self.rowUnit.indices.dropFirst()
        where self.rowUnit[row] == self.rowUnit[row - 1] && self.rowYear[row] == self.rowYear[row - 1] {
            let unit = units[Int(self.rowUnit[row])].name
            let lines = self.provenance?.rowLines ?? []
            let (first, second) = lines.isEmpty ? (0, 0) : (Int(lines[row - 1]), Int(lines[row]))
            throw PanelError.duplicateRow(unit: unit, year: years[Int(self.rowYear[row])],
                                          firstLine: min(first, second), secondLine: max(first, second))
        }
    }

    /// A panel with no units, years or rows (a placeholder for a panel moved elsewhere).
    public static var empty: Panel {
        do {
            return try Panel(units: [], groups: [], years: [], system: IndicatorSystem(dimensions: [], indicators: []),
                             rowUnit: [], rowYear: [], values: [])
        } catch {
            preconditionFailure("an empty panel is always valid")
        }
    }

    /// Number of observation rows (unit-years).
    public var rowCount: Int { rowUnit.count }

    /// The half-open row range of each unit (rows are contiguous per unit).
    public var rowRangesByUnit: [Range<Int>] {
        var ranges = [Range<Int>](repeating: 0..<0, count: units.count)
        var start = 0
        while start < rowUnit.count {
            var end = start + 1
            while end < rowUnit.count && rowUnit[end] == rowUnit[start] { end += 1 }
            ranges[Int(rowUnit[start])] = start..<end
            start = end
        }
        return ranges
    }

    /// The rows of each year (index into ``years``), each list in unit order.
    public var rowsByYear: [[Int]] {
        var counts = [Int](repeating: 0, count: years.count)
        for year in rowYear { counts[Int(year)] += 1 }
        var rows = counts.map { count in
            var yearRows: [Int] = []
            yearRows.reserveCapacity(count)
            return yearRows
        }
        for row in rowYear.indices { rows[Int(rowYear[row])].append(row) }
        return rows
    }

    /// Number of units of each group.
    public var unitsPerGroup: [Int] {
        var counts = [Int](repeating: 0, count: groups.count)
        for unit in units { counts[unit.group] += 1 }
        return counts
    }

    /// Number of missing cells.
    public var missingCount: Int {
        values.reduce(0) { $0 + $1.reduce(0) { $0 + ($1.isNaN ? 1 : 0) } }
    }

    /// A copy holding only the units for which `keep` is true (rows follow their units).
    public func keepingUnits(where keep: (Int) -> Bool) -> Panel {
        var newIndex = [Int32](repeating: -1, count: units.count)
        var kept: [PanelUnit] = []
        for (index, unit) in units.enumerated() where keep(index) {
            newIndex[index] = Int32(kept.count)
            kept.append(unit)
        }
        let rows = rowUnit.indices.filter { newIndex[Int(rowUnit[$0])] >= 0 }
        let usedYears = Set(rows.map { rowYear[$0] }).sorted()
        var yearIndex = [Int32](repeating: -1, count: years.count)
        for (new, old) in usedYears.enumerated() { yearIndex[Int(old)] = Int32(new) }
        var copy = self
        copy.units = kept
        copy.years = usedYears.map { years[Int($0)] }
        copy.rowUnit = rows.map { newIndex[Int(rowUnit[$0])] }
        copy.rowYear = rows.map { yearIndex[Int(rowYear[$0])] }
        copy.values = values.map { column in rows.map { column[$0] } }
        if let lines = provenance?.rowLines, !lines.isEmpty {
            copy.provenance?.rowLines = rows.map { lines[$0] }
        }
        return copy
    }
}

/// Problems a panel can have that are not tied to a place in a file.
public enum PanelError: Error, Equatable, Sendable {
    case shapeMismatch
    /// Two rows for one unit and year; the lines are 0 when the panel has no provenance.
    case duplicateRow(unit: String, year: Int, firstLine: Int, secondLine: Int)
}
