import Foundation
import Testing
import TestSupport

/// `resilience analyze` end to end on the fixtures of ../shared/fixtures (copied into the
/// test resources). The expected values were computed by an independent numpy reference;
/// the tolerances are those of fixtures/README.md (see ``ExpectedResults``).
@Suite("analyze on the reference fixtures")
struct AnalyzeFixturesTests {
    static let fixtures = ["small", "paperlike", "edge/constant_indicator", "edge/missing_edges", "edge/perfect_corr",
                           "edge/single_city_region", "edge/ties", "edge/zero_variance_year"]

    @Test("every key of expected.json is reproduced", arguments: fixtures)
    func reproducesExpected(fixture: String) throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let outcome = try Binary.run(["analyze", "--data", Fixture.url("\(fixture)/panel.csv").path,
                                      "--config", Fixture.url("\(fixture)/config.yaml").path,
                                      "--out", out.path, "--quiet"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let expected = try ExpectedResults.load(Fixture.url("\(fixture)/expected.json"))
        let actual = try ExpectedResults.load(out.appendingPathComponent("results.json"))
        let differences = ExpectedResults.differences(expected: expected, actual: actual)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }

    @Test("small: the three interior gaps are interpolated to 35.875, 9.375 and 8.75 (to 1e-12)")
    func smallImputedValues() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        _ = try Binary.run(["analyze", "--data", Fixture.url("small/panel.csv").path,
                            "--config", Fixture.url("small/config.yaml").path, "--out", out.path, "--quiet"])
        let results = try ExpectedResults.load(out.appendingPathComponent("results.json")) as? [String: Any]
        let imputed = (results?["input"] as? [String: Any])?["imputed"] as? [[String: Any]] ?? []
        let values = imputed.compactMap { $0["value"] as? Double }
        #expect(imputed.count == 3)
        for (value, expected) in zip(values, [35.875, 9.375, 8.75]) { #expect(abs(value - expected) <= 1e-12) }
        let csv = try String(contentsOf: out.appendingPathComponent("imputed.csv"), encoding: .utf8)
        #expect(csv.contains("A2,2020,green,35.875,linear"))
    }

    @Test("decompose on the households fixture (5,000 units, 4 groups, 3 sources, ties) matches expected.json")
    func households() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let outcome = try Binary.run(["decompose", "--data", Fixture.url("households/panel.csv").path,
                                      "--group", "region", "--sources", "wage,business,transfer", "--year", "year",
                                      "--groups", "Urban-East,Urban-West,Rural-East,Rural-West",
                                      "--out", out.path, "--quiet"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let expected = try ExpectedResults.load(Fixture.url("households/expected.json"))
        let actual = try ExpectedResults.load(out.appendingPathComponent("results.json"))
        let differences = ExpectedResults.differences(expected: expected, actual: actual)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }

    @Test("decompose reproduces GiniDecompLY's published total Gini 0.4228500669957283 (package vignette)")
    func giniDecompLY() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let outcome = try Binary.run(["decompose", "--data", Fixture.url("external/ginidecomply-g1/panel.csv").path,
                                      "--group", "region", "--sources", "wage,self_employment_rev,farming_rev,other_rev",
                                      "--out", out.path, "--quiet"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let results = try ExpectedResults.load(out.appendingPathComponent("results.json")) as? [String: Any]
        let gini = ((results?["yearly"] as? [[String: Any]])?.first?["gini"] as? Double) ?? .nan
        #expect(abs(gini - 0.4228500669957283) <= 1e-12)
    }
}
