import Foundation
import Testing
import TestSupport

/// Each wrong input of the foundation issue: exit code 1, a one-line message naming file,
/// line and column in the shape `error: FILE:LINE:COLUMN: ...; hint: ...`, and no output
/// folder.
@Suite("bad input")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var csv: String
        /// `LINE:COLUMN` expected after the file name.
        var location: String
        /// Words the message must contain.
        var words: String
        var testDescription: String { name }
    }

    static let header = "city,province,region,year,a,b"
    static let config = """
        unit: city
        year: year
        group: region
        groups: [North, South]
        dimensions:
          - name: d1
            indicators:
              - {column: a, name: A, unit: "1", direction: positive}
          - name: d2
            indicators:
              - {column: b, name: B, unit: "1", direction: negative}
        """

    static let cases: [Case] = [
        Case(name: "non-numeric cell", csv: "\(header)\nX1,P,North,2020,1.5,2\nX1,P,North,2021,abc,3\n",
             location: "3:5", words: "not a number"),
        Case(name: "duplicate unit-year row", csv: "\(header)\nX1,P,North,2020,1,2\nX2,P,South,2020,2,3\nX1,P,North,2020,3,4\n",
             location: "4:4", words: "second row for unit `X1` in year 2020 (the first is on line 2)"),
        Case(name: "a unit whose group changes", csv: "\(header)\nX1,P,North,2020,1,2\nX1,P,South,2021,2,3\n",
             location: "3:3", words: "changes group"),
        Case(name: "a year that is not an integer", csv: "\(header)\nX1,P,North,2019年,1,2\n",
             location: "2:4", words: "year is not an integer"),
        Case(name: "a fractional year", csv: "\(header)\nX1,P,North,2019.5,1,2\n",
             location: "2:4", words: "year is not an integer"),
        Case(name: "an infinite value", csv: "\(header)\nX1,P,North,2020,1e999,2\n",
             location: "2:5", words: "infinite value"),
        Case(name: "the word inf", csv: "\(header)\nX1,P,North,2020,1,-inf\n",
             location: "2:6", words: "infinite value"),
        Case(name: "an empty file", csv: "", location: "1:1", words: "empty"),
        Case(name: "a header and no rows", csv: "\(header)\n", location: "2:1", words: "no data rows"),
        Case(name: "a row with too few fields", csv: "\(header)\nX1,P,North,2020,1\n", location: "2:6", words: "5 fields"),
    ]

    @Test("exit 1, one line naming file, line and column, no output folder", arguments: cases)
    func rejects(_ testCase: Case) throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try testCase.csv.write(to: folder.appendingPathComponent("panel.csv"), atomically: true, encoding: .utf8)
        try Self.config.write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let outcome = try Binary.run(["analyze", "--data", "panel.csv", "--config", "config.yaml", "--out", "out"], in: folder)
        #expect(outcome.status == 1)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 1, "one line: \(outcome.standardError)")
        #expect(outcome.standardError.hasPrefix("error: panel.csv:\(testCase.location): "), "\(outcome.standardError)")
        #expect(outcome.standardError.contains(testCase.words), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("; hint: "))
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(Set(entries) == ["panel.csv", "config.yaml"], "nothing written: \(entries)")
    }

    @Test("a column named in the configuration but missing from the data is reported at the configuration key")
    func unknownColumn() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "\(Self.header)\nX1,P,North,2020,1,2\n".write(to: folder.appendingPathComponent("panel.csv"), atomically: true, encoding: .utf8)
        let config = Self.config.replacingOccurrences(of: "{column: b,", with: "{column: bb,")
        try config.write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let outcome = try Binary.run(["analyze", "--data", "panel.csv", "--config", "config.yaml", "--out", "out"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("error: config.yaml:11:"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("`bb` is not in the header of panel.csv"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("an existing folder that resilience did not write is refused without --force, and kept")
    func foreignOutputFolder() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "keep me".write(to: out.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let refused = try Binary.run(["analyze", "--quiet", "--out", "mine"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("--force"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("notes.txt").path))
        let forced = try Binary.run(["analyze", "--quiet", "--out", "mine", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("results.json").path))
    }

    @Test("usage errors exit with code 2")
    func usage() throws {
        #expect(try Binary.run(["analyze", "--weighting", "magic"]).status == 2)
        #expect(try Binary.run(["no-such-command"]).status == 2)
    }
}
