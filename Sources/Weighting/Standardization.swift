import PanelData

/// The minimum and maximum of a raw indicator column.
public struct ColumnRange: Sendable, Hashable {
    public var minimum: Double
    public var maximum: Double
    /// True when every value is the same (max = min): the column standardises to 0.
    public var isConstant: Bool { maximum == minimum }
}

/// Min-max standardisation with direction (METHOD.md section 3).
///
/// - positive: `x' = (x - min) / (max - min)`
/// - negative: `x' = (max - x) / (max - min)`
///
/// so that 1 is always the best value and 0 the worst. **Convention**: a constant column
/// (max = min) standardises to 0 everywhere and is reported as constant.
/// `pooled` or `per-year` is decided by which rows the caller passes: the whole panel, or
/// one year's rows. Complexity O(N) per column. Input must be finite (no missing cells:
/// impute first).
public enum Standardization {
    /// Standardises `column` in place and returns its raw range.
    @discardableResult
    public static func minMax(_ column: inout [Double], direction: Direction) -> ColumnRange {
        guard var low = column.first else { return ColumnRange(minimum: 0, maximum: 0) }
        var high = low
        for value in column {
            low = Swift.min(low, value)
            high = Swift.max(high, value)
        }
        let range = ColumnRange(minimum: low, maximum: high)
        if range.isConstant {
            for index in column.indices { column[index] = 0 }
            return range
        }
        let span = high - low
        switch direction {
        case .positive:
            for index in column.indices { column[index] = (column[index] - low) / span }
        case .negative:
            for index in column.indices { column[index] = (high - column[index]) / span }
        }
        return range
    }

    /// Standardises every column in place; `directions[j]` belongs to `columns[j]`.
    public static func minMax(_ columns: inout [[Double]], directions: [Direction]) -> [ColumnRange] {
        precondition(columns.count == directions.count, "one direction per column")
        return columns.indices.map { minMax(&columns[$0], direction: directions[$0]) }
    }
}
