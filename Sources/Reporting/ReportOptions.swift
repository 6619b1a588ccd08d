/// The choices behind the tables, charts, maps and report of a run (the `analyze`
/// options `--digits`, `--map-years`, `--classes`, `--breaks`, `--kernel`,
/// `--boundaries`), with the defaults of the issue that specified them.
public struct ReportOptions: Sendable {
    /// Decimal places of the tables: 3 for scores, 4 for Gini terms, 2 for percentages.
    public var digits: TableDigits
    /// The years to map (and to draw in the density chart); nil for
    /// ``ScoreMaps/defaultYears(_:)``: the first, the last and two between them.
    public var mapYears: [Int]?
    /// The number of score classes of the maps (default 5).
    public var classes: Int
    /// How the classes are cut (default: Fisher-Jenks natural breaks).
    public var breaks: ClassBreaks.Method
    /// The kernel of the density chart (default: Gaussian with Silverman's bandwidth).
    public var kernel: KernelDensity.Kernel
    /// Boundaries drawn under the map dots, if any.
    public var boundaries: GeoJSONBoundaries?
    /// The boundaries file as given, for the report's text.
    public var boundariesSource: String?

    public init(digits: TableDigits = TableDigits(), mapYears: [Int]? = nil, classes: Int = 5,
                breaks: ClassBreaks.Method = .jenks, kernel: KernelDensity.Kernel = .gaussian,
                boundaries: GeoJSONBoundaries? = nil, boundariesSource: String? = nil) {
        self.digits = digits
        self.mapYears = mapYears
        self.classes = classes
        self.breaks = breaks
        self.kernel = kernel
        self.boundaries = boundaries
        self.boundariesSource = boundariesSource
    }
}
