import Inequality
import PanelData
import PanelIO

/// Decompositions of a yearly series (or of one cross-section), with the names of its
/// groups and sources: what `decompose` computes, and the part of ``AnalysisResult``
/// that the decomposition tables are built from.
public struct DecompositionSeries: Sendable {
    public var groups: [String]
    public var sourceNames: [String]
    /// Names of the finer sources (indicators), or empty.
    public var finerNames: [String]
    /// The year of each entry; nil for a cross-section without a year column.
    public var years: [Int?]
    public var decompositions: [YearDecomposition]
    /// Things worth knowing that are not errors (negative values: allowed, flagged).
    public var warnings: [String] = []

    public init(groups: [String], sourceNames: [String], finerNames: [String], years: [Int?],
                decompositions: [YearDecomposition]) {
        self.groups = groups
        self.sourceNames = sourceNames
        self.finerNames = finerNames
        self.years = years
        self.decompositions = decompositions
    }

    /// Pair keys `A|B` in group order.
    public var pairKeys: [String] {
        GroupPairs.pairs(groupCount: groups.count).map { "\(groups[$0.0])|\(groups[$0.1])" }
    }

    /// Change of the Gini coefficient over the years.
    public var giniChange: GrowthRates { GrowthRates(series: decompositions.map(\.gini)) }

    /// Decomposes a ``SourceTable``: the value of each row is the left-to-right sum of its
    /// sources; one decomposition per year (or one in all).
    public static func decompose(_ table: SourceTable, sourceNames: [String], file: String,
                                 parallel: Bool = true) async throws(AnalysisError) -> DecompositionSeries {
        let rowCount = table.rowGroup.count
        var rowsByYear: [(Int?, [Int])] = []
        if let rowYear = table.rowYear {
            var byYear: [Int: [Int]] = [:]
            for row in 0..<rowCount { byYear[rowYear[row], default: []].append(row) }
            rowsByYear = byYear.keys.sorted().map { ($0, byYear[$0] ?? []) }
        } else {
            rowsByYear = [(nil, Array(0..<rowCount))]
        }
        let years = rowsByYear.map { YearRows(year: $0.0 ?? 0, rows: $0.1, isCrossSection: $0.0 == nil) }
        let rowLines = table.rowLines
        let yearColumn = table.yearColumn ?? 1
        let decompositions = try await YearlyDecomposition.run(
            years, parallel: parallel,
            input: { year in
                DecompositionInput(
                    totals: year.rows.map { row in table.sources.reduce(0) { $0 + $1[row] } },
                    groups: year.rows.map { table.rowGroup[$0] }, groupCount: table.groups.count,
                    sources: table.sources.map { source in year.rows.map { source[$0] } })
            },
            locate: { rows in
                Diagnostic(file: file, line: rows.first.map { Int(rowLines[$0]) } ?? 1, column: yearColumn, problem: "", hint: "")
            })
        var series = DecompositionSeries(groups: table.groups, sourceNames: sourceNames, finerNames: [],
                                         years: rowsByYear.map(\.0), decompositions: decompositions)
        let negativeParts = table.sources.reduce(0) { $0 + $1.reduce(0) { $0 + ($1 < 0 ? 1 : 0) } }
        if negativeParts > 0 {
            series.warnings.append("\(negativeParts) negative source value(s): allowed; such a source can have a negative term")
        }
        for (year, decomposition) in zip(series.years, decompositions) where decomposition.negativeValueCount > 0 {
            series.warnings.append("\(year.map { "year \($0): " } ?? "")\(decomposition.negativeValueCount) negative total(s): allowed, but the Gini coefficient is then not bounded by 1")
        }
        return series
    }

    /// Writes `{"schemaVersion": 1, "yearly": [...], "summary": {"giniChange": ...}}`.
    public func writeJSON(to sink: @escaping (String) throws -> Void) throws {
        var json = JSONWriter(sink: sink)
        try json.beginObject()
        try json.integer("schemaVersion", ResultsJSON.schemaVersion)
        try json.beginObject("input")
        try json.beginArray("groups")
        for (index, group) in groups.enumerated() {
            try json.beginObject(compact: true)
            try json.string("name", group)
            try json.integer("units", decompositions.reduce(0) { max($0, $1.groupSizes[index]) })
            try json.endObject()
        }
        try json.endArray()
        try json.beginArray("sources", compact: true)
        for name in sourceNames { try json.string(nil, name) }
        try json.endArray()
        try json.beginArray("warnings")
        for warning in warnings { try json.string(nil, warning) }
        try json.endArray()
        try json.endObject()
        try json.beginArray("yearly")
        for (year, decomposition) in zip(years, decompositions) {
            try json.beginObject()
            if let year { try json.integer("year", year) }
            try json.number("mean", decomposition.mean)
            try json.numberMap("groupMeans", zip(groups, decomposition.groupMeans).map { ($0, $1) }, compact: true)
            try ResultsJSON.writeDecomposition(decomposition, groups: groups, sourceNames: sourceNames,
                                               finerNames: nil, to: &json)
            try json.endObject()
        }
        try json.endArray()
        try json.beginObject("summary")
        try json.beginObject("giniChange")
        let change = giniChange
        try json.number("total", change.total)
        try json.number("arithmetic", change.arithmetic)
        try json.number("compound", change.compound)
        try json.endObject()
        try json.endObject()
        try json.endObject()
        try json.finish()
    }
}

extension AnalysisResult {
    /// The decomposition part of the result.
    public var series: DecompositionSeries {
        DecompositionSeries(groups: input.groups, sourceNames: input.system.dimensions,
                            finerNames: input.system.indicators.map(\.id), years: yearly.map(\.year),
                            decompositions: yearly.map(\.decomposition))
    }
}
