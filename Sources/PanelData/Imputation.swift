/// What to do with a gap before a unit's first or after its last observation of an
/// indicator (METHOD.md section 2).
public enum EdgePolicy: String, Sendable, CaseIterable, Codable {
    /// Carry the nearest observed value (the default).
    case nearest
    /// Extrapolate from the two nearest observations; clamped at 0 when every observed
    /// value of the series is non-negative. A series with one observation carries it.
    case linear
    /// Refuse to fill edge gaps.
    case error
}

/// How an imputed cell got its value; the `method` of `input.imputed` in results.json.
public enum ImputationMethod: String, Sendable, Codable {
    /// Linear interpolation between the observations on either side.
    case linear
    /// The nearest observed value (an edge gap under `edges: nearest`, or a series with
    /// one observation).
    case nearest
    /// Linear extrapolation from the two nearest observations (`edges: linear`).
    case extrapolated
}

/// One filled cell.
public struct ImputedCell: Sendable, Hashable {
    public var unit: Int
    public var year: Int
    public var indicator: Int
    public var value: Double
    public var method: ImputationMethod
}

/// A unit left out of the analysis, and why.
public struct DroppedUnit: Sendable, Hashable {
    public var unit: String
    public var reason: String
}

/// A series that could not be filled.
public enum ImputationError: Error, Sendable, Equatable {
    /// Unit `unit` never observes indicator `indicator`; `row` is its first panel row.
    case noObservation(unit: Int, indicator: Int, row: Int)
    /// An edge gap under `edges: error`; `row` is the first unfilled row.
    case edgeGap(unit: Int, indicator: Int, row: Int)
}

/// The filled panel, with a record of every filled cell and every dropped unit.
public struct ImputationResult: Sendable {
    public var panel: Panel
    /// In unit, year, indicator order.
    public var imputed: [ImputedCell]
    public var dropped: [DroppedUnit]
}

/// Fills missing cells by linear interpolation over years within each unit-indicator
/// series (METHOD.md section 2).
///
/// Interior gap at year t between observations (t0, v0) and (t1, v1):
/// `v = v0 + (v1 - v0) * (t - t0) / (t1 - t0)`, with real years, so gaps of any length
/// and non-consecutive years are handled. Edge gaps follow ``EdgePolicy``.
///
/// Complexity: O(rows x indicators).
public enum Imputation {
    /// Fills `panel`.
    ///
    /// - Parameters:
    ///   - edges: the edge-gap policy.
    ///   - dropIncomplete: drop a unit that never observes some indicator, instead of
    ///     throwing ``ImputationError/noObservation(unit:indicator:row:)``.
    public static func fill(_ panel: Panel, edges: EdgePolicy,
                            dropIncomplete: Bool = false) throws -> ImputationResult {
        var filled = panel
        let (imputed, dropped) = try fill(&filled, edges: edges, dropIncomplete: dropIncomplete)
        return ImputationResult(panel: filled, imputed: imputed, dropped: dropped)
    }

    /// Fills `panel` in place (no copy of its columns) and returns the filled cells and
    /// the dropped units. On error the panel is left partly filled.
    public static func fill(_ panel: inout Panel, edges: EdgePolicy,
                            dropIncomplete: Bool = false) throws -> (imputed: [ImputedCell], dropped: [DroppedUnit]) {
        var imputed: [ImputedCell] = []
        var incomplete: [Int: Int] = [:]  // unit -> first indicator never observed
        let ranges = panel.rowRangesByUnit
        let years = panel.years, rowYear = panel.rowYear
        var cellsByUnit: [[ImputedCell]] = Array(repeating: [], count: panel.units.count)
        if dropIncomplete {
            // Units to drop are found first, so that nothing else about them (an edge gap
            // under `edges: error`) can stop the run.
            for indicator in 0..<panel.system.count {
                for (unit, rows) in ranges.enumerated()
                where !rows.isEmpty && incomplete[unit] == nil && rows.allSatisfy({ panel.values[indicator][$0].isNaN }) {
                    incomplete[unit] = indicator
                }
            }
        }
        for indicator in 0..<panel.system.count {
            var column = panel.values[indicator]
            panel.values[indicator] = []
            defer { panel.values[indicator] = column }
            for (unit, rows) in ranges.enumerated()
            where incomplete[unit] == nil && rows.contains(where: { column[$0].isNaN }) {
                let observed = rows.filter { !column[$0].isNaN }
                if observed.count == rows.count { continue }
                guard let first = observed.first, let last = observed.last else {
                    throw ImputationError.noObservation(unit: unit, indicator: indicator, row: rows.lowerBound)
                }
                let year = { (row: Int) in Double(years[Int(rowYear[row])]) }
                let allNonNegative = observed.allSatisfy { column[$0] >= 0 }
                var before = 0  // observed[before] is the last observation before `row`
                for row in rows where column[row].isNaN {
                    let value: Double
                    let method: ImputationMethod
                    if row < first || row > last {
                        switch edges {
                        case .error:
                            throw ImputationError.edgeGap(unit: unit, indicator: indicator, row: row)
                        case .nearest:
                            value = column[row < first ? first : last]
                            method = .nearest
                        case .linear:
                            if observed.count < 2 {
                                value = column[first]
                                method = .nearest
                            } else {
                                let (a, b) = row < first ? (observed[0], observed[1])
                                    : (observed[observed.count - 2], observed[observed.count - 1])
                                var extrapolated = column[a] + (column[b] - column[a]) * (year(row) - year(a)) / (year(b) - year(a))
                                if allNonNegative && extrapolated < 0 { extrapolated = 0 }
                                value = extrapolated
                                method = .extrapolated
                            }
                        }
                    } else {
                        while observed[before + 1] < row { before += 1 }  // row < last, so before + 1 exists
                        let previous = observed[before], next = observed[before + 1]
                        let v0 = column[previous], v1 = column[next]
                        value = v0 + (v1 - v0) * (year(row) - year(previous)) / (year(next) - year(previous))
                        method = .linear
                    }
                    column[row] = value
                    cellsByUnit[unit].append(ImputedCell(unit: unit, year: years[Int(rowYear[row])],
                                                         indicator: indicator, value: value, method: method))
                }
            }
        }
        for cells in cellsByUnit where !cells.isEmpty {
            imputed += cells.sorted { ($0.year, $0.indicator) < ($1.year, $1.indicator) }
        }
        guard !incomplete.isEmpty else { return (imputed, []) }
        let dropped = incomplete.sorted { $0.key < $1.key }.map { unit, indicator in
            DroppedUnit(unit: panel.units[unit].name,
                        reason: "no observation of \(panel.system.indicators[indicator].id)")
        }
        let original = panel
        panel = original.keepingUnits { incomplete[$0] == nil }
        var renumber = [Int](repeating: -1, count: original.units.count)
        var next = 0
        for unit in original.units.indices where incomplete[unit] == nil { renumber[unit] = next; next += 1 }
        let keptCells = imputed.compactMap { cell -> ImputedCell? in
            guard renumber[cell.unit] >= 0 else { return nil }
            var moved = cell
            moved.unit = renumber[cell.unit]
            return moved
        }
        return (keptCells, dropped)
    }
}
