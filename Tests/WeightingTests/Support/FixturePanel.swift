import Foundation
import PanelData
import TestSupport
import Testing
import Weighting

/// An `analyze` fixture (or an external CRITIC case) read for the weighting tests.
///
/// The WeightingTests target depends on Weighting and PanelData only (Package.swift), so
/// it cannot use PanelIO's LongPanelReader/ConfigurationLoader; the fixtures are plain
/// CSV (no quotes) and their config.yaml files are generated in one fixed shape, so a few
/// lines read them here. PanelIOTests checks separately that the real reader and
/// Imputation reproduce every fixture's `input` block.
struct FixturePanel {
    var panel: Panel
    var edges: EdgePolicy

    /// Reads `<fixture>/config.yaml` and `<fixture>/panel.csv`.
    static func load(_ fixture: String) throws -> FixturePanel {
        let configuration = try String(contentsOf: Fixture.url("\(fixture)/config.yaml"), encoding: .utf8)
        var top: [String: String] = [:]
        var dimensions: [String] = []
        var indicators: [(column: String, direction: Direction?)] = []
        var dimensionOfIndicator: [Int] = []
        for rawLine in configuration.split(separator: "\n") {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = String(trimmed[..<colon])
            let value = unquote(trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            if !line.hasPrefix(" ") && !line.hasPrefix("-") {
                top[key] = value
            } else if key == "- name" {
                dimensions.append(value)
            } else if key == "- column" {
                indicators.append((value, nil))
                dimensionOfIndicator.append(dimensions.count - 1)
            } else if key == "direction" {
                indicators[indicators.count - 1].direction = try #require(Direction(rawValue: value))
            }
        }
        var list: [Indicator] = []
        for (j, entry) in indicators.enumerated() {
            let direction = try #require(entry.direction, "\(fixture): no direction for \(entry.column)")
            list.append(Indicator(id: entry.column, name: entry.column, unit: "", direction: direction,
                                  dimension: dimensionOfIndicator[j]))
        }
        let system = IndicatorSystem(dimensions: dimensions, indicators: list)
        let groupNames = try #require(top["groups"]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            .split(separator: ",").map { unquote($0.trimmingCharacters(in: .whitespaces)) }

        let text = try String(contentsOf: Fixture.url("\(fixture)/panel.csv"), encoding: .utf8)
        try #require(!text.contains("\""), "\(fixture)/panel.csv is plain CSV")
        let lines = text.split(whereSeparator: \.isNewline)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        func column(_ name: String?) throws -> Int {
            let name = try #require(name)
            return try #require(header.firstIndex(of: name), "no column \(name)")
        }
        let unitColumn = try column(top["unit"] ?? "city")
        let yearColumn = try column(top["year"])
        let groupColumn = try column(top["group"])
        let valueColumns = try system.indicators.map { try column($0.id) }

        var units: [PanelUnit] = []
        var unitIndex: [String: Int32] = [:]
        var rowUnit: [Int32] = [], rowYearValue: [Int] = []
        var values = [[Double]](repeating: [], count: system.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let name = fields[unitColumn]
            if unitIndex[name] == nil {
                unitIndex[name] = Int32(units.count)
                let group = try #require(groupNames.firstIndex(of: fields[groupColumn]), "group of \(name)")
                units.append(PanelUnit(name: name, group: group))
            }
            rowUnit.append(unitIndex[name]!)
            rowYearValue.append(try #require(Int(fields[yearColumn])))
            for (j, position) in valueColumns.enumerated() {
                let cell = fields[position]
                values[j].append(cell.isEmpty ? .nan : try #require(Double(cell), "cell \(cell)"))
            }
        }
        let years = Array(Set(rowYearValue)).sorted()
        let panel = try Panel(units: units, groups: groupNames, years: years, system: system, rowUnit: rowUnit,
                              rowYear: rowYearValue.map { Int32(years.firstIndex(of: $0)!) }, values: values)
        return FixturePanel(panel: panel, edges: try #require(EdgePolicy(rawValue: top["edges"] ?? "nearest")))
    }

    private static func unquote(_ text: String) -> String {
        text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"") ? String(text.dropFirst().dropLast()) : text
    }
}

/// The stages METHOD.md sections 2-5 run on a fixture: impute, standardise (pooled),
/// CRITIC, scores.
struct FixtureRun {
    var panel: Panel
    var standardized: [[Double]]
    var ranges: [ColumnRange]
    var weights: WeightSet
    var scores: CompositeScores

    init(_ fixture: String) throws {
        let loaded = try FixturePanel.load(fixture)
        panel = try Imputation.fill(loaded.panel, edges: loaded.edges).panel
        standardized = panel.values
        ranges = Standardization.minMax(&standardized, directions: panel.system.indicators.map(\.direction))
        weights = try CRITIC.weights(standardized: standardized)
        scores = CompositeIndex.scores(standardized: standardized, weights: weights.weights,
                                       dimensionOfIndicator: panel.system.dimensionOfIndicator,
                                       dimensionCount: panel.system.dimensions.count)
    }
}
