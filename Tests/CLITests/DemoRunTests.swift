import Foundation
import Testing
import TestSupport

/// The README's main command: `resilience analyze` on the embedded demo panel.
@Suite("analyze on the demo panel")
struct DemoRunTests {
    @Test("the input block reports 277 units, 15 years, 12 indicators, 4 groups of 83/80/80/34 and the imputed cells")
    func inputBlock() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Binary.run(["analyze"], in: folder)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        #expect(outcome.standardOutput.contains("SYNTHETIC"))
        let results = try ExpectedResults.load(folder.appendingPathComponent("resilience-output/results.json")) as? [String: Any]
        let input = try #require(results?["input"] as? [String: Any])
        #expect(input["source"] as? String == "demo")
        #expect(input["synthetic"] as? Bool == true)
        #expect(input["units"] as? Int == 277)
        #expect((input["years"] as? [Int])?.count == 15)
        #expect((input["indicators"] as? [Any])?.count == 12)
        let groups = (input["groups"] as? [[String: Any]] ?? []).map { "\($0["name"] ?? "")=\($0["units"] ?? "")" }
        #expect(groups == ["East=83", "Central=80", "West=80", "Northeast=34"])
        let imputed = input["imputed"] as? [[String: Any]] ?? []
        #expect(imputed.count > 100, "about 1% of 277 x 15 x 12 cells are missing")
        #expect(imputed.allSatisfy { ["linear", "nearest", "extrapolated"].contains($0["method"] as? String ?? "") })
    }

    /// `weighting: given` with the demo panel: the configuration's weights are used
    /// (here 1 for the first indicator and 3 for the others, renormalised to 1/34 and
    /// 3/34), and a configuration whose indicators are not the study's is refused.
    @Test("the demo panel with given weights from a configuration")
    func demoGivenWeights() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let study = try Binary.run(["init-config"], in: folder).standardOutput
        var weights = 0
        let given = study.replacingOccurrences(of: "weighting: critic", with: "weighting: given")
            .split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
                guard line.trimmingCharacters(in: .whitespaces).hasPrefix("direction:") else { return [String(line)] }
                weights += 1
                let indent = String(line.prefix { $0 == " " })
                return [String(line), indent + "weight: \(weights == 1 ? 1 : 3)"]
            }.joined(separator: "\n")
        #expect(weights == 12)
        try given.write(to: folder.appendingPathComponent("given.yaml"), atomically: true, encoding: .utf8)
        let outcome = try Binary.run(["analyze", "--config", "given.yaml", "--quiet"], in: folder)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let results = try ExpectedResults.load(folder.appendingPathComponent("resilience-output/results.json")) as? [String: Any]
        let values = (results?["weights"] as? [[String: Any]] ?? []).compactMap { $0["weight"] as? Double }
        #expect(values.count == 12)
        #expect(abs((values.first ?? 0) - 1.0 / 34) <= 1e-15)
        #expect(values.dropFirst().allSatisfy { abs($0 - 3.0 / 34) <= 1e-15 })

        let renamed = given.replacingOccurrences(of: "column: so2", with: "column: sulphur")
        try renamed.write(to: folder.appendingPathComponent("renamed.yaml"), atomically: true, encoding: .utf8)
        let refused = try Binary.run(["analyze", "--config", "renamed.yaml", "--out", "refused", "--quiet"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.standardError.hasPrefix("error: renamed.yaml:"))
        #expect(refused.standardError.contains("must list the study's 12 indicators"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("refused").path))
    }

    @Test("re-running the same command replaces the earlier output")
    func rerunReplaces() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Binary.run(["analyze", "--quiet"], in: folder).status == 0)
        #expect(try Binary.run(["analyze", "--quiet"], in: folder).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary folders are left behind: \(leftovers)")
    }

    @Test("demo-data writes a CSV that analyze reads back to the same scores")
    func demoDataRoundTrip() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try Binary.run(["demo-data"])
        #expect(csv.status == 0)
        #expect(csv.standardError.contains("SYNTHETIC"))
        let panel = folder.appendingPathComponent("panel.csv")
        try csv.standardOutput.write(to: panel, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["analyze", "--quiet", "--out", "demo"], in: folder).status == 0)
        let fromFile = try Binary.run(["analyze", "--quiet", "--data", panel.path, "--out", "file"], in: folder)
        #expect(fromFile.status == 0, "stderr: \(fromFile.standardError)")
        let demo = try ExpectedResults.load(folder.appendingPathComponent("demo/results.json")) as? [String: Any] ?? [:]
        let file = try ExpectedResults.load(folder.appendingPathComponent("file/results.json"))
        let differences = ExpectedResults.differences(expected: demo, actual: file,
                                                      keys: ["weights", "dimensionWeights", "scores", "yearly", "summary"])
        #expect(differences.isEmpty, "\(differences.prefix(5))")
    }

    @Test("init-config prints the built-in configuration, which analyze accepts")
    func initConfig() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = try Binary.run(["init-config"])
        #expect(yaml.status == 0)
        let config = folder.appendingPathComponent("config.yaml")
        try yaml.standardOutput.write(to: config, atomically: true, encoding: .utf8)
        let panel = folder.appendingPathComponent("panel.csv")
        try Binary.run(["demo-data"]).standardOutput.write(to: panel, atomically: true, encoding: .utf8)
        let outcome = try Binary.run(["analyze", "--quiet", "--data", panel.path, "--config", config.path], in: folder)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
    }
}
