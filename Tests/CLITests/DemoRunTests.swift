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
