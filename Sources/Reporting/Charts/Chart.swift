/// A chart as data: series on a numeric x axis, one or two value axes, a title, axis
/// labels, a legend and notes. ``ChartSVGRenderer`` draws it; ``StudyCharts`` builds the
/// charts of a run.
///
/// A series is drawn as a line (with optional point markers) or as bars. Any point may
/// carry a lower and an upper bound: where consecutive points have both, a translucent
/// band is drawn under the line (confidence intervals, e.g. from a bootstrap). A point
/// with `y == nil` is a gap: the line is broken there and no bar is drawn. Non-finite
/// values are treated as gaps, never drawn.
public struct Chart: Sendable {
    /// One point; `lower`/`upper` are the band around `y` (both or neither).
    public struct Point: Sendable, Hashable {
        public var x: Double
        public var y: Double?
        public var lower: Double?
        public var upper: Double?
        public init(x: Double, y: Double?, lower: Double? = nil, upper: Double? = nil) {
            self.x = x
            self.y = y
            self.lower = lower
            self.upper = upper
        }

        /// The value, when it can be drawn.
        var drawable: Double? { y.flatMap { $0.isFinite ? $0 : nil } }
        /// The band, when it can be drawn.
        var band: (Double, Double)? {
            guard let lower, let upper, lower.isFinite, upper.isFinite else { return nil }
            return (Swift.min(lower, upper), Swift.max(lower, upper))
        }
    }

    public enum SeriesStyle: Sendable, Hashable {
        /// A polyline; markers at the points when `markers` is true.
        case line(markers: Bool)
        /// One bar per point, from 0 to y.
        case bars
    }

    public enum AxisSide: Sendable, Hashable { case primary, secondary }

    public struct Series: Sendable {
        public var name: String
        public var points: [Point]
        public var style: SeriesStyle
        public var axis: AxisSide
        /// The palette index (``ChartPalette``); by default the series' position.
        public var colorIndex: Int?
        public init(name: String, points: [Point], style: SeriesStyle = .line(markers: true), axis: AxisSide = .primary,
                    colorIndex: Int? = nil) {
            self.name = name
            self.points = points
            self.style = style
            self.axis = axis
            self.colorIndex = colorIndex
        }

        /// The points drawn: those with a finite y.
        public var drawnPointCount: Int { points.lazy.filter { $0.drawable != nil }.count }
    }

    public struct Axis: Sendable {
        public var label: String
        /// Ticks at whole numbers only (years).
        public var integer: Bool
        /// The axis always reaches 0 (bars, growth rates).
        public var includeZero: Bool
        /// Fixed fraction digits for tick labels; nil for as many as the tick step needs.
        public var decimals: Int?
        public init(_ label: String, integer: Bool = false, includeZero: Bool = false, decimals: Int? = nil) {
            self.label = label
            self.integer = integer
            self.includeZero = includeZero
            self.decimals = decimals
        }
    }

    /// A short machine name: the file stem (`fig-mean`) and the prefix of every id in the
    /// SVG, so that several charts can be inlined in one HTML page.
    public var name: String
    public var title: String
    public var subtitle: String?
    public var xAxis: Axis
    public var yAxis: Axis
    /// The right-hand axis, for series with ``AxisSide/secondary``.
    public var secondaryAxis: Axis?
    public var series: [Series]
    /// Lines of small text under the legend (kernel and bandwidth, data notes).
    public var notes: [String]

    public init(name: String, title: String, subtitle: String? = nil, xAxis: Axis, yAxis: Axis,
                secondaryAxis: Axis? = nil, series: [Series] = [], notes: [String] = []) {
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.secondaryAxis = secondaryAxis
        self.series = series
        self.notes = notes
    }
}
