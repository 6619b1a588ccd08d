import Foundation
import Testing
import TestSupport

/// `resilience sensitivity`, `analyze --sensitivity`, the Theil block of results.json and
/// the per-year weights files, run end to end with the built binary (issue 8, points 4-6).
@Suite("sensitivity, Theil and per-year weights from the command line")
struct SensitivityCLITests {
    static func json(_ url: URL) throws -> [String: Any] {
        try #require(try ExpectedResults.load(url) as? [String: Any])
    }

    @Test("sensitivity on the demo panel prints the comparison in 80 columns and writes its tables, charts and report")
    func demo() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Binary.run(["sensitivity"], in: folder)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let text = outcome.standardOutput
        for heading in ["Weights under each weighting method", "Spearman rank correlation of unit scores over the years",
                        "Gini coefficient by year under each weighting method",
                        "Do the study-style conclusions hold under each method?", "SYNTHETIC"] {
            #expect(text.contains(heading), "\(heading)")
        }
        // Every line fits 80 columns but the last, which names the output folder's full path.
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 || $0.hasPrefix("Wrote /") })
        let out = folder.appendingPathComponent("resilience-sensitivity")
        for file in ["results.json", "sensitivity.csv", "sensitivity-weights.csv", "sensitivity-spearman.csv",
                     "sensitivity-conclusions.csv", "sensitivity.md", "sensitivity.tex", "fig-sensitivity.svg",
                     "fig-sensitivity-spearman.svg", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<section id=\"sensitivity\">"))
        #expect(html.contains("id=\"figure-fig-sensitivity\""))
        let results = try Self.json(out.appendingPathComponent("results.json"))
        #expect(results["kind"] as? String == "sensitivity")
        #expect(results["methods"] as? [String] == ["critic", "entropy", "cv", "stdev", "equal"])
        let yearly = try #require(results["yearly"] as? [[String: Any]])
        #expect(yearly.count == 15)
        let spearman = try #require(yearly.first?["spearman"] as? [String: Any])
        #expect(spearman.count == 10)
        let conclusions = try #require(results["conclusions"] as? [String: Any])
        #expect(conclusions.count == 5)
    }

    @Test("the critic weights and Gini of sensitivity are those of analyze; --methods picks and orders the methods")
    func agreesWithAnalyze() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sensitivity = try Binary.run(["sensitivity", "--methods", "equal,critic", "--out", "s", "--quiet"], in: folder)
        #expect(sensitivity.status == 0, "stderr: \(sensitivity.standardError)")
        #expect(sensitivity.standardOutput.isEmpty)
        #expect(try Binary.run(["analyze", "--quiet", "--out", "a"], in: folder).status == 0)
        let s = try Self.json(folder.appendingPathComponent("s/results.json"))
        let a = try Self.json(folder.appendingPathComponent("a/results.json"))
        #expect(s["reference"] as? String == "equal")
        #expect(s["methods"] as? [String] == ["equal", "critic"])
        let weights = try #require((s["weights"] as? [String: Any])?["critic"] as? [String: Double])
        for entry in try #require(a["weights"] as? [[String: Any]]) {
            let id = try #require(entry["indicator"] as? String)
            #expect(weights[id] == entry["weight"] as? Double, "\(id)")
        }
        let sYears = try #require(s["yearly"] as? [[String: Any]]), aYears = try #require(a["yearly"] as? [[String: Any]])
        for (sYear, aYear) in zip(sYears, aYears) {
            let critic = (sYear["methods"] as? [String: Any])?["critic"] as? [String: Any]
            #expect(critic?["gini"] as? Double == aYear["gini"] as? Double)
        }
        #expect(((sYears.first?["spearman"] as? [String: Any])?.keys).map(Array.init) == ["equal|critic"])
    }

    @Test("bad --methods are usage errors (exit 2): one method, an unknown method")
    func badMethods() throws {
        let one = try Binary.run(["sensitivity", "--methods", "critic"])
        #expect(one.status == 2)
        #expect(one.standardError.contains("at least two methods"))
        let unknown = try Binary.run(["sensitivity", "--methods", "critic,magic"])
        #expect(unknown.status == 2)
    }

    @Test("a method that cannot run is an input error naming it, and nothing is written")
    func failingMethod() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Binary.run(["sensitivity", "--methods", "critic,given", "--out", "s"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("error: "))
        #expect(outcome.standardError.contains("with weighting given"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("s").path))
    }

    @Test("analyze --sensitivity adds the comparison to its report and folder")
    func analyzeFlag() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Binary.run(["analyze", "--sensitivity", "--quiet", "--out", "a"], in: folder)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let out = folder.appendingPathComponent("a")
        for file in ["sensitivity.json", "sensitivity.csv", "fig-sensitivity.svg", "results.json"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<section id=\"sensitivity\">"))
        #expect(html.contains("<section id=\"robustness\">"))
    }

    @Test("results.json: every year has theil {total, within, between, withinGroups, betweenShare}, and within + between = total")
    func theilBlock() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Binary.run(["analyze", "--quiet"], in: folder).status == 0)
        let results = try Self.json(folder.appendingPathComponent("resilience-output/results.json"))
        let yearly = try #require(results["yearly"] as? [[String: Any]])
        for year in yearly {
            let theil = try #require(year["theil"] as? [String: Any])
            let total = try #require(theil["total"] as? Double)
            let within = try #require(theil["within"] as? Double), between = try #require(theil["between"] as? Double)
            // Checked in the module to 1e-10 x T; the JSON keeps every digit.
            #expect(abs(within + between - total) <= 1e-10 * total)
            #expect((theil["withinGroups"] as? [String: Any])?.keys.sorted() == ["Central", "East", "Northeast", "West"])
            let share = try #require(theil["betweenShare"] as? Double)
            #expect(abs(share - between / total * 100) <= 1e-12 * 100)
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("resilience-output/theil.csv").path))
    }

    @Test("analyze --standardization per-year writes weights-by-year.csv and fig-weights.svg and shows them")
    func perYearWeights() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Binary.run(["analyze", "--standardization", "per-year", "--quiet", "--out", "p"], in: folder)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let out = folder.appendingPathComponent("p")
        let csv = try String(contentsOf: out.appendingPathComponent("weights-by-year.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "year,indicator,weight")
        #expect(lines.count == 1 + 15 * 12)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("fig-weights.svg").path))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("id=\"figure-fig-weights\""))
        let markdown = try String(contentsOf: out.appendingPathComponent("tables.md"), encoding: .utf8)
        #expect(markdown.contains("### Table 8. CRITIC weights by year"))
        // The pooled default writes neither.
        #expect(try Binary.run(["analyze", "--quiet", "--out", "q"], in: folder).status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("q/weights-by-year.csv").path))
    }
}
