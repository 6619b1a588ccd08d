import Foundation
import Inequality
import TestSupport
import Testing

/// One year of a fixture, as the decomposition sees it: plain arrays in the fixture's
/// group and source order, plus the names needed to read the expected results.
struct FixtureYear {
    var year: Int?
    var input: DecompositionInput
    var groupNames: [String]
    var sourceNames: [String]
}

enum FixtureYears {
    /// The years of an `analyze` fixture, from its expected.json `scores`: each unit-year's
    /// `score` is the total and its `dimensions` are the parts, in `input.dimensions`
    /// order; groups in `input.groups` order; units in the order of the records.
    static func fromScores(of fixture: String) throws -> [FixtureYear] {
        let expected = try Fixture.json("\(fixture)/expected.json")
        let input = try #require(expected["input"] as? [String: Any])
        let groupNames = try #require(input["groups"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        let dimensionNames = try #require(input["dimensions"] as? [String])
        let scores = try #require(expected["scores"] as? [[String: Any]])

        var years: [Int: (totals: [Double], groups: [Int32], parts: [[Double]])] = [:]
        for record in scores {
            let year = try #require(record["year"] as? Int)
            let groupName = try #require(record["group"] as? String)
            let group = try #require(groupNames.firstIndex(of: groupName))
            let dimensions = try #require(record["dimensions"] as? [String: Any])
            var entry = years[year] ?? ([], [], Array(repeating: [], count: dimensionNames.count))
            entry.totals.append(try #require(record["score"] as? Double))
            entry.groups.append(Int32(group))
            for (index, name) in dimensionNames.enumerated() {
                entry.parts[index].append(try #require(dimensions[name] as? Double))
            }
            years[year] = entry
        }
        return years.keys.sorted().map { year in
            let entry = years[year]!
            return FixtureYear(
                year: year,
                input: DecompositionInput(totals: entry.totals, groups: entry.groups, groupCount: groupNames.count,
                                          sources: entry.parts),
                groupNames: groupNames, sourceNames: dimensionNames)
        }
    }

    /// The years of a `decompose` fixture: its panel.csv (plain CSV, no quotes) read with
    /// the columns named in decompose.json. Each total is the left-to-right sum of its
    /// source columns in the order given, as METHOD.md section 8 asks; groups follow
    /// decompose.json's `groups`. Without a `year` column there is one year, `nil`.
    static func fromPanel(of fixture: String) throws -> [FixtureYear] {
        let arguments = try Fixture.json("\(fixture)/decompose.json")
        let groupNames = try #require(arguments["groups"] as? [String])
        let sourceNames = try #require(arguments["sources"] as? [String])
        let groupColumnName = try #require(arguments["group"] as? String)
        let yearColumnName = arguments["year"] as? String

        let text = try String(contentsOf: Fixture.url("\(fixture)/panel.csv"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline)
        let header = lines.removeFirst().split(separator: ",").map(String.init)
        let groupColumn = try #require(header.firstIndex(of: groupColumnName))
        let sourceColumns = try sourceNames.map { name in try #require(header.firstIndex(of: name)) }
        let yearColumn = try yearColumnName.map { name in try #require(header.firstIndex(of: name)) }

        var years: [Int?: (totals: [Double], groups: [Int32], parts: [[Double]])] = [:]
        for line in lines {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            let year = try yearColumn.map { column in try #require(Int(cells[column])) }
            let group = try #require(groupNames.firstIndex(of: String(cells[groupColumn])))
            let parts = try sourceColumns.map { column in try #require(Double(cells[column])) }
            var entry = years[year] ?? ([], [], Array(repeating: [], count: sourceNames.count))
            entry.totals.append(parts.dropFirst().reduce(parts[0], +))
            entry.groups.append(Int32(group))
            for index in parts.indices { entry.parts[index].append(parts[index]) }
            years[year] = entry
        }
        return years.keys.sorted { ($0 ?? .min) < ($1 ?? .min) }.map { year in
            let entry = years[year]!
            return FixtureYear(
                year: year,
                input: DecompositionInput(totals: entry.totals, groups: entry.groups, groupCount: groupNames.count,
                                          sources: entry.parts),
                groupNames: groupNames, sourceNames: sourceNames)
        }
    }
}
