import Inequality
import PanelData

/// Why an analysis stopped.
public enum AnalysisError: Error, CustomStringConvertible {
    /// Bad input: one or more diagnostics naming file, line and column (exit code 1).
    case input(DiagnosticList)
    /// A bug: an identity that must hold did not (exit code 3). Nothing is written.
    case `internal`(String)

    static func input(_ diagnostic: Diagnostic) -> AnalysisError { .input(DiagnosticList([diagnostic])) }

    public var description: String {
        switch self {
        case let .input(list): return list.description
        case let .internal(message):
            return "error: internal: \(message); hint: this is a bug in resilience; please report it with the input that caused it"
        }
    }

    /// The diagnostic for a series that could not be filled.
    static func diagnostic(for error: ImputationError, panel: Panel) -> Diagnostic {
        let (unit, indicator, row, problem, hint): (Int, Int, Int, String, String)
        switch error {
        case let .noObservation(u, j, r):
            (unit, indicator, row) = (u, j, r)
            problem = "unit `\(panel.units[u].name)` has no observed value of `\(panel.system.indicators[j].id)` in any year"
            hint = "add at least one value for this unit, or run with --drop-incomplete to leave the unit out"
        case let .edgeGap(u, j, r):
            (unit, indicator, row) = (u, j, r)
            problem = "unit `\(panel.units[u].name)` is missing `\(panel.system.indicators[j].id)` in \(panel.years[Int(panel.rowYear[r])]), before its first or after its last observation, and `edges` is `error`"
            hint = "fill the cell, or set `edges: nearest` or `edges: linear` in the configuration"
        }
        _ = unit
        guard let provenance = panel.provenance, !provenance.rowLines.isEmpty else {
            return Diagnostic(file: "demo", line: 1, column: 1, problem: problem, hint: hint)
        }
        return Diagnostic(file: provenance.file, line: Int(provenance.rowLines[row]),
                          column: provenance.indicatorColumns[indicator], problem: problem, hint: hint)
    }

    /// Where a year's first row stands, for errors about the whole year.
    static func yearLocation(panel: Panel, source: String, rows: [Int]) -> Diagnostic {
        guard let provenance = panel.provenance, let first = rows.first, !provenance.rowLines.isEmpty else {
            return Diagnostic(file: source, line: 1, column: 1, problem: "", hint: "")
        }
        return Diagnostic(file: provenance.file, line: Int(provenance.rowLines[first]), column: provenance.yearColumn,
                          problem: "", hint: "")
    }

    /// Maps a decomposition failure of one year to an input error or an internal one.
    /// - Parameter year: the year, or nil for a cross-section without a year column.
    static func decomposition(_ error: InequalityError, year: Int?, location: Diagnostic) -> AnalysisError {
        let period = year.map { "year \($0)" } ?? "the data"
        let ofPeriod = year.map { " of year \($0)" } ?? ""
        var diagnostic = location
        switch error {
        case .identityViolated, .shapeMismatch:
            return .internal("\(period): \(error)")
        case .empty:
            diagnostic.problem = "\(period) has no units"
            diagnostic.hint = "remove the year or add its rows"
        case .nonFinite:
            diagnostic.problem = "\(period): a value is not finite (NaN or infinity)"
            diagnostic.hint = "check the cells of this year"
        case let .negativeMean(mean):
            diagnostic.problem = "the mean value\(ofPeriod) is negative (\(mean)); the Gini coefficient needs a positive mean"
            diagnostic.hint = "check the signs of the values; the Gini coefficient is defined for values with a positive mean"
        case .zeroMeanWithSpread:
            diagnostic.problem = "the mean value\(ofPeriod) is 0 while the values differ; the Gini coefficient is undefined"
            diagnostic.hint = "check the signs of the values; the Gini coefficient is defined for values with a positive mean"
        case let .negativeValue(_, value):
            diagnostic.problem = "\(period): a value is negative (\(value)); Theil's T is defined for values >= 0 only"
            diagnostic.hint = "check the signs of the values"
        }
        return .input(diagnostic)
    }
}
