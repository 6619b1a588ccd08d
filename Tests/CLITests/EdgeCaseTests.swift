import Foundation
import Testing
import TestSupport

/// The numeric edge cases of issue 6, each with its documented outcome (README,
/// "Conventions for edge cases"), run end to end; no NaN or infinity ever reaches
/// results.json (the text is scanned, and ``ExpectedResults`` scans the parsed numbers).
@Suite("numeric edge cases")
struct EdgeCaseTests {
    static let config = """
        unit: city
        year: year
        group: region
        groups: [East, West, North]
        dimensions:
          - name: d1
            indicators:
              - {column: a, name: A, unit: "1", direction: positive}
          - name: d2
            indicators:
              - {column: b, name: B, unit: "1", direction: negative}
        """

    /// Runs analyze on `csv` (with `config`) and returns results.json, parsed and as text.
    static func analyze(_ csv: String, config: String = config, extra: [String] = []) throws
        -> (status: Int32, stderr: String, json: [String: Any], text: String) {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try csv.write(to: folder.appendingPathComponent("panel.csv"), atomically: true, encoding: .utf8)
        try config.write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let outcome = try Binary.run(["analyze", "--data", "panel.csv", "--config", "config.yaml", "--out", "out", "--quiet"] + extra,
                                     in: folder)
        let url = folder.appendingPathComponent("out/results.json")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let json = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        return (outcome.status, outcome.standardError, json, text)
    }

    /// True when the JSON text has no bare word but `true`, `false`, `null` (and the `e` of
    /// exponents) outside its strings: no `NaN`, `Infinity` or `inf` token anywhere.
    static func noNonFinite(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        let withoutStrings = text.replacingOccurrences(of: #""(?:[^"\\]|\\.)*""#, with: "\"\"", options: .regularExpression)
        let words = withoutStrings.split { !$0.isLetter }.map(String.init)
        return words.allSatisfy { ["true", "false", "null", "e", "E"].contains($0) }
    }

    @Test("a group with no units in some year: null mean and Dagum indices, zero terms, no NaN")
    func groupMissingInAYear() throws {
        let csv = """
            city,region,year,a,b
            E1,East,2020,1,5
            E2,East,2020,2,4
            W1,West,2020,3,3
            N1,North,2020,4,1
            E1,East,2021,2,5
            E2,East,2021,3,3
            W1,West,2021,5,2
            """
        let run = try Self.analyze(csv)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.noNonFinite(run.text))
        let yearly = run.json["yearly"] as? [[String: Any]] ?? []
        let second = try #require(yearly.last)
        #expect((second["groupMeans"] as? [String: Any])?["North"] is NSNull)
        #expect((second["within"] as? [String: Double])?["North"] == 0)
        #expect((second["between"] as? [String: Double])?["East|North"] == 0)
        #expect((second["pairGini"] as? [String: Any])?["East|North"] is NSNull)
        #expect((second["units"] as? Int) == 3)
        let input = run.json["input"] as? [String: Any] ?? [:]
        #expect(input["units"] as? Int == 4, "a unit present in some years only is kept, not dropped")
    }

    @Test("a single year: the decomposition is reported, the changes are null")
    func singleYear() throws {
        let run = try Self.analyze("city,region,year,a,b\nE1,East,2020,1,5\nW1,West,2020,3,3\nN1,North,2020,4,1\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.noNonFinite(run.text))
        let summary = run.json["summary"] as? [String: Any] ?? [:]
        #expect((summary["giniChange"] as? [String: Any])?["total"] is NSNull)
        #expect((summary["meanGrowth"] as? [String: Any])?["arithmetic"] is NSNull)
    }

    /// METHOD.md section 4: a single indicator has an empty conflict sum, so its CRITIC
    /// information is 0 and the weights are undefined (an error); `equal` weighs it 1.
    @Test("a single indicator: CRITIC is undefined (exit 1, hint), equal weights give it weight 1")
    func singleIndicator() throws {
        let config = Self.config.replacingOccurrences(of: """
              - name: d2
                indicators:
                  - {column: b, name: B, unit: "1", direction: negative}
            """, with: "")
        let csv = "city,region,year,a\nE1,East,2020,1\nW1,West,2020,3\nN1,North,2020,4\n"
        let critic = try Self.analyze(csv, config: config)
        #expect(critic.status == 1)
        #expect(critic.stderr.contains("the critic weights are undefined: every indicator is constant or carries no information"))
        #expect(critic.stderr.contains("hint: "))
        let equal = try Self.analyze(csv, config: config, extra: ["--weighting", "equal"])
        #expect(equal.status == 0, "\(equal.stderr)")
        let weights = equal.json["weights"] as? [[String: Any]] ?? []
        #expect(weights.count == 1)
        #expect(weights.first?["weight"] as? Double == 1)
    }

    @Test("more indicators than rows: CRITIC weights are still defined, non-negative and sum to 1")
    func moreIndicatorsThanRows() throws {
        let config = """
            unit: city
            year: year
            group: region
            dimensions:
              - name: d
                indicators:
                  - {column: a, direction: positive}
                  - {column: b, direction: negative}
                  - {column: c, direction: positive}
                  - {column: d, direction: positive}
                  - {column: e, direction: negative}
            """
        let csv = "city,region,year,a,b,c,d,e\nE1,East,2020,1,5,2,9,1\nW1,West,2020,3,3,7,1,4\nN1,North,2020,4,1,3,5,2\n"
        let run = try Self.analyze(csv, config: config)
        #expect(run.status == 0, "\(run.stderr)")
        let weights = (run.json["weights"] as? [[String: Any]] ?? []).compactMap { $0["weight"] as? Double }
        #expect(weights.count == 5)
        #expect(weights.allSatisfy { $0 >= 0 })
        #expect(abs(weights.reduce(0, +) - 1) <= 1e-12)
    }

    @Test("a year in which every score is equal: G and every term 0, rates null, no NaN")
    func allEqualYear() throws {
        let csv = "city,region,year,a,b\nE1,East,2020,1,5\nW1,West,2020,3,3\nN1,North,2020,4,1\nE1,East,2021,2,2\nW1,West,2021,2,2\nN1,North,2021,2,2\n"
        let run = try Self.analyze(csv)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.noNonFinite(run.text))
        let last = (run.json["yearly"] as? [[String: Any]])?.last ?? [:]
        #expect(last["gini"] as? Double == 0)
        #expect(((last["contributionRates"] as? [String: Any])?["withinTotal"]) is NSNull)
        #expect(((last["affluence"] as? [String: Double])?.values.allSatisfy { $0 == 0 }) == true)
    }

    @Test("negative parts in decompose are allowed and flagged; a year with mean 0 names the year")
    func decomposeSigns() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = "id,region,year,wage,transfer\n1,A,2020,5,-1\n2,B,2020,3,2\n3,A,2021,2,-1\n4,B,2021,-2,1\n"
        try csv.write(to: folder.appendingPathComponent("incomes.csv"), atomically: true, encoding: .utf8)
        let outcome = try Binary.run(["decompose", "--data", "incomes.csv", "--group", "region", "--sources", "wage,transfer",
                                      "--year", "year", "--out", "out"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("error: incomes.csv:4:3: the mean value of year 2021 is 0 while the values differ"))
        let positive = "id,region,year,wage,transfer\n1,A,2020,5,-1\n2,B,2020,3,2\n3,A,2021,2,1\n4,B,2021,4,1\n"
        try positive.write(to: folder.appendingPathComponent("incomes.csv"), atomically: true, encoding: .utf8)
        let flagged = try Binary.run(["decompose", "--data", "incomes.csv", "--group", "region", "--sources", "wage,transfer",
                                      "--year", "year", "--out", "out2"], in: folder)
        #expect(flagged.status == 0, "\(flagged.standardError)")
        #expect(flagged.standardError.contains("warning: 1 negative source value"))
    }
}
