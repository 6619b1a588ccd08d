import Foundation
import PanelData
import PanelIO
import Reporting
import Resilience
import Testing

/// The score records, the bulk of a large run's output, are written row by row from
/// pieces made once per unit and year (results.json's `scores` array and scores.csv):
/// read back, every record names its unit, group and year and carries its scores
/// exactly, also for names that must be escaped in JSON and in CSV.
@Suite("score records in results.json and scores.csv")
struct ScoreRecordsTests {
    /// The demo run with names that need quoting: a quote and a comma, a backslash and a
    /// leading space, a group with a comma.
    static func result() async throws -> AnalysisResult {
        var result = try await DemoResult.get()
        result.input.units[0].name = "A \"one\", 1"
        result.input.units[1].name = " back\\slash"
        result.input.groups[result.input.units[2].group] = "East, coast"
        return result
    }

    struct Results: Decodable {
        struct Record: Decodable {
            var unit: String
            var group: String
            var year: Int
            var score: Double
            var dimensions: [String: Double]
        }
        var scores: [Record]
    }

    @Test("results.json: one record per row, names and scores read back exactly")
    func json() async throws {
        let result = try await Self.result()
        var text = ""
        try ResultsJSON.write(result) { text += $0 }
        let records = try JSONDecoder().decode(Results.self, from: Data(text.utf8)).scores
        #expect(records.count == result.rowUnit.count)
        let dimensions = result.input.system.dimensions
        for (row, record) in records.enumerated() {
            let unit = result.input.units[Int(result.rowUnit[row])]
            #expect(record.unit == unit.name)
            #expect(record.group == result.input.groups[unit.group])
            #expect(record.year == result.input.years[Int(result.rowYear[row])])
            #expect(record.score == result.scores.score[row])
            #expect(record.dimensions == Dictionary(uniqueKeysWithValues: dimensions.indices.map {
                (dimensions[$0], result.scores.dimensionScores[$0][row])
            }))
        }
        #expect(text.contains(#"{"unit": "A \"one\", 1", "group": "#))
    }

    @Test("results.json: the scores array, byte for byte, as the generic JSON writer writes it")
    func jsonBytes() async throws {
        let result = try await Self.result()
        var text = ""
        try ResultsJSON.write(result) { text += $0 }
        // The same records through the writer's general calls, at the same depth.
        var reference = ""
        var json = JSONWriter { reference += $0 }
        try json.beginObject()
        try json.beginArray("scores")
        let dimensions = result.input.system.dimensions
        for row in result.rowUnit.indices {
            let unit = result.input.units[Int(result.rowUnit[row])]
            try json.beginObject(compact: true)
            try json.string("unit", unit.name)
            try json.string("group", result.input.groups[unit.group])
            try json.integer("year", result.input.years[Int(result.rowYear[row])])
            try json.number("score", result.scores.score[row])
            try json.numberMap("dimensions", dimensions.indices.map { (dimensions[$0], result.scores.dimensionScores[$0][row]) })
            try json.endObject()
        }
        try json.endArray()
        try json.endObject()
        try json.finish()
        let records = try #require(reference.range(of: "  \"scores\": [")?.lowerBound)
        let section = String(reference[records...].dropLast(3))  // without "\n}\n"
        #expect(section.hasSuffix("]"))
        #expect(text.contains(section + ",\n"))
    }

    @Test("scores.csv: byte for byte, as CSVText writes each line")
    func csvBytes() async throws {
        let result = try await Self.result()
        var text = ""
        try AnalysisTables(result).writeScoresCSV { text += $0 }
        var reference = CSVText.line(["unit", "group", "year", "score"] + result.input.system.dimensions)
        for row in result.rowUnit.indices {
            let unit = result.input.units[Int(result.rowUnit[row])]
            reference += CSVText.line([unit.name, result.input.groups[unit.group], String(result.input.years[Int(result.rowYear[row])])]
                + ([result.scores.score] + result.scores.dimensionScores).map { NumberText.roundTrip($0[row]) ?? "" })
        }
        #expect(text == reference)
    }

    @Test("scores.csv: one line per row, read back by the CSV reader")
    func csv() async throws {
        let result = try await Self.result()
        var text = ""
        try AnalysisTables(result).writeScoresCSV { text += $0 }
        var lines: [[String]] = []
        try ByteCSVReader(data: Data(text.utf8), file: "scores.csv").forEachRecord { record, _ in
            lines.append(record.texts)
            return true
        }
        #expect(lines.first == ["unit", "group", "year", "score"] + result.input.system.dimensions)
        #expect(lines.count == result.rowUnit.count + 1)
        for (row, fields) in lines.dropFirst().enumerated() {
            let unit = result.input.units[Int(result.rowUnit[row])]
            #expect(fields[0] == unit.name)
            #expect(fields[1] == result.input.groups[unit.group])
            #expect(Int(fields[2]) == result.input.years[Int(result.rowYear[row])])
            #expect(fields.dropFirst(3).map { Double($0) } == ([result.scores.score] + result.scores.dimensionScores).map { $0[row] })
        }
        #expect(text.contains("\"A \"\"one\"\", 1\","))
    }
}
