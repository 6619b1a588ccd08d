/// The indicators of a composite index, grouped into ordered dimensions.
///
/// Indicators are kept in configuration order: dimension by dimension, and within a
/// dimension in the order listed. That order is the "indicator order" of METHOD.md
/// section 8: composite totals are summed left to right in it.
public struct IndicatorSystem: Sendable, Hashable {
    /// Dimension names, in order.
    public let dimensions: [String]
    /// Indicators, in configuration order.
    public let indicators: [Indicator]

    /// Creates a system; `indicators[j].dimension` must index `dimensions`.
    public init(dimensions: [String], indicators: [Indicator]) {
        precondition(indicators.allSatisfy { dimensions.indices.contains($0.dimension) },
                     "indicator dimension out of range")
        self.dimensions = dimensions
        self.indicators = indicators
    }

    public var count: Int { indicators.count }

    /// Indices of the indicators of dimension `d`, in order.
    public func indicators(inDimension d: Int) -> [Int] {
        indicators.indices.filter { indicators[$0].dimension == d }
    }

    /// The dimension index of each indicator.
    public var dimensionOfIndicator: [Int] { indicators.map(\.dimension) }
}
