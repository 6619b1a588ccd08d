import PanelData

/// Everything a configuration file says (FORMATS.md): which columns hold the unit, the
/// year and the group, the group order, the indicator system, and the method choices.
public struct AnalysisConfiguration: Sendable, Hashable {
    /// A column whose values are mapped to groups (`groupFrom:`).
    public struct GroupMapping: Sendable, Hashable {
        public var column: String
        /// Value of `column` to group name, in file order.
        public var map: [(key: String, group: String)]

        public init(column: String, map: [(key: String, group: String)]) {
            self.column = column
            self.map = map
        }

        public static func == (a: GroupMapping, b: GroupMapping) -> Bool {
            a.column == b.column && a.map.elementsEqual(b.map) { $0.key == $1.key && $0.group == $1.group }
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(column)
            for entry in map { hasher.combine(entry.key); hasher.combine(entry.group) }
        }
    }

    /// Where the group of a unit comes from.
    public enum GroupSource: Sendable, Hashable {
        /// A column that holds the group name.
        case column(String)
        /// A column mapped to group names.
        case mapped(GroupMapping)
    }

    public var unitColumn: String
    public var yearColumn: String
    public var groupSource: GroupSource
    /// The group order; `nil` means first appearance in the data.
    public var groups: [String]?
    /// Longitude and latitude columns, for maps.
    public var coordinates: (longitude: String, latitude: String)?
    public var standardization: StandardizationMode
    public var weighting: WeightingMethod
    public var edges: EdgePolicy
    public var system: IndicatorSystem
    /// Read `1,234.5` and `12.3%` as numbers (`lenientNumbers: true`).
    public var lenientNumbers: Bool
    public var encoding: TextEncodingChoice
    public var layout: PanelLayout
    /// The worksheet of a long-layout `.xlsx` file (`sheet:`); nil means the first sheet.
    public var sheet: String?
    /// The sheets (or, for a folder of CSV files, the file names without `.csv`) of a
    /// `wide-by-year` panel, in any order (`sheets:`); nil means all of them.
    public var sheets: [String]?
    /// The regular expression that finds the year in a sheet name or file name
    /// (`wide-by-year`) or in a column header (`wide-by-indicator`): its first capture
    /// group, or the whole match when it has none (`yearPattern:`).
    public var yearPattern: String = AnalysisConfiguration.defaultYearPattern
    /// The configuration file, when read from one (for messages).
    public var file: String?
    /// Where values stand in the configuration file, by key (`unit`, `year`, `group`,
    /// `groupFrom.column`, `coordinates.lon`, `coordinates.lat`, `indicator:<column>`,
    /// `layout`, `sheet`, `sheets`, `yearPattern`),
    /// so that a column missing from the data is reported at the key that names it.
    public var locations: [String: ConfigurationLocation] = [:]

    /// Four digits anywhere in the name: `2019`, `Y2019`, `2019年`, `data-2019`.
    public static let defaultYearPattern = #"(\d{4})"#

    public init(unitColumn: String = "city", yearColumn: String = "year",
                groupSource: GroupSource = .column("region"), groups: [String]? = nil,
                coordinates: (longitude: String, latitude: String)? = nil,
                standardization: StandardizationMode = .pooled, weighting: WeightingMethod = .critic,
                edges: EdgePolicy = .nearest, system: IndicatorSystem,
                lenientNumbers: Bool = false, encoding: TextEncodingChoice = .auto,
                layout: PanelLayout = .long) {
        self.unitColumn = unitColumn
        self.yearColumn = yearColumn
        self.groupSource = groupSource
        self.groups = groups
        self.coordinates = coordinates
        self.standardization = standardization
        self.weighting = weighting
        self.edges = edges
        self.system = system
        self.lenientNumbers = lenientNumbers
        self.encoding = encoding
        self.layout = layout
    }

    /// The built-in configuration: the study's 12 indicators in three dimensions
    /// (METHOD.md Table 1), regions East, Central, West, Northeast read from a `region`
    /// column, coordinates from `lon`/`lat`. It is what `resilience init-config` prints
    /// and what the demo panel uses.
    public static let study = AnalysisConfiguration(
        unitColumn: "city", yearColumn: "year", groupSource: .column("region"),
        groups: StudyRegions.names, coordinates: (longitude: "lon", latitude: "lat"),
        system: .study)

    public static func == (a: AnalysisConfiguration, b: AnalysisConfiguration) -> Bool {
        a.unitColumn == b.unitColumn && a.yearColumn == b.yearColumn && a.groupSource == b.groupSource
            && a.groups == b.groups && a.coordinates?.longitude == b.coordinates?.longitude
            && a.coordinates?.latitude == b.coordinates?.latitude
            && a.standardization == b.standardization && a.weighting == b.weighting
            && a.edges == b.edges && a.system == b.system && a.lenientNumbers == b.lenientNumbers
            && a.encoding == b.encoding && a.layout == b.layout
            && a.sheet == b.sheet && a.sheets == b.sheets && a.yearPattern == b.yearPattern
    }

    /// A diagnostic pointing at the configuration key `key` (or at the data file's
    /// header when the configuration is built in).
    public func diagnostic(at key: String, dataFile: String, problem: String, found: String? = nil,
                           hint: String) -> Diagnostic {
        if let file, let location = locations[key] {
            return Diagnostic(file: file, line: location.line, column: location.column,
                              problem: problem, found: found, hint: hint)
        }
        return Diagnostic(file: dataFile, line: 1, column: 1, problem: problem, found: found, hint: hint)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(unitColumn)
        hasher.combine(yearColumn)
        hasher.combine(groupSource)
        hasher.combine(system)
    }
}

/// A line and column in a configuration file (1-based).
public struct ConfigurationLocation: Sendable, Hashable {
    public var line: Int
    public var column: Int
}
