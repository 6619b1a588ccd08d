/// One indicator of the index: a column of the input, its display name, its unit of
/// measure, its direction and the dimension it belongs to.
public struct Indicator: Sendable, Hashable {
    /// The input column; also the indicator's id in every output.
    public var id: String
    /// The display name used in tables and charts.
    public var name: String
    /// The unit of measure (for example `10^4 t`); display only.
    public var unit: String
    public var direction: Direction
    /// Index of the indicator's dimension in ``IndicatorSystem/dimensions``.
    public var dimension: Int
    /// A weight given in the configuration; used only with `weighting: given`.
    public var givenWeight: Double?

    public init(id: String, name: String, unit: String, direction: Direction,
                dimension: Int, givenWeight: Double? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.direction = direction
        self.dimension = dimension
        self.givenWeight = givenWeight
    }
}
