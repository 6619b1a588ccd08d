import PanelData
import TestSupport
import Testing
import Weighting

/// The analyze fixtures' expected.json (an independent numpy oracle, fixtures/README.md):
/// weights and their parts, dimension weights, scores and sub-scores, yearly means.
/// Every fixture is pooled CRITIC.
@Suite("Fixtures: CRITIC, scores and yearly means")
struct FixtureTests {
    static let fixtures = ["small", "paperlike", "edge/constant_indicator", "edge/perfect_corr",
                           "edge/missing_edges", "edge/ties", "edge/single_city_region", "edge/zero_variance_year"]

    @Test("sigma, conflict, information and weight match expected.json `weights`", arguments: fixtures)
    func weights(fixture: String) throws {
        let run = try FixtureRun(fixture)
        let expected = try Fixture.json("\(fixture)/expected.json")
        let records = try #require(expected["weights"] as? [[String: Any]])
        let ids = run.panel.system.indicators.map(\.id)
        #expect(Set(records.compactMap { $0["indicator"] as? String }) == Set(ids))
        let conflict = try #require(run.weights.conflict)
        let information = try #require(run.weights.information)
        for record in records {
            let id = try #require(record["indicator"] as? String)
            let j = try #require(ids.firstIndex(of: id))
            for (key, actual) in [("sigma", run.weights.sigma[j]), ("conflict", conflict[j]),
                                  ("information", information[j]), ("weight", run.weights.weights[j])] {
                let value = try #require(record[key] as? Double, "\(fixture) \(id).\(key)")
                expectClose(actual, value, within: fixtureTolerance(value), "\(fixture) \(id).\(key)")
            }
        }
        let dimensionWeights = run.weights.dimensionWeights(dimensionOfIndicator: run.panel.system.dimensionOfIndicator,
                                                            dimensionCount: run.panel.system.dimensions.count)
        let expectedDimensions = try #require(expected["dimensionWeights"] as? [String: Double])
        for (d, name) in run.panel.system.dimensions.enumerated() {
            let value = try #require(expectedDimensions[name])
            expectClose(dimensionWeights[d], value, within: fixtureTolerance(value), "\(fixture) dimension \(name)")
        }
    }

    @Test("composite scores and dimension sub-scores match expected.json `scores`", arguments: fixtures)
    func scores(fixture: String) throws {
        let run = try FixtureRun(fixture)
        let expected = try Fixture.json("\(fixture)/expected.json")
        let records = try #require(expected["scores"] as? [[String: Any]])
        #expect(records.count == run.panel.rowCount, "one record per unit-year")
        var row: [String: Int] = [:]
        for r in 0..<run.panel.rowCount {
            row["\(run.panel.units[Int(run.panel.rowUnit[r])].name)|\(run.panel.years[Int(run.panel.rowYear[r])])"] = r
        }
        for record in records {
            let key = "\(record["unit"] as? String ?? "?")|\(record["year"] as? Int ?? 0)"
            let r = try #require(row[key], "\(fixture): no row \(key)")
            let score = try #require(record["score"] as? Double)
            expectClose(run.scores.score[r], score, within: fixtureTolerance(score), "\(fixture) \(key) score")
            let parts = try #require(record["dimensions"] as? [String: Double])
            for (d, name) in run.panel.system.dimensions.enumerated() {
                let value = try #require(parts[name])
                expectClose(run.scores.dimensionScores[d][r], value, within: fixtureTolerance(value), "\(fixture) \(key) \(name)")
            }
            #expect(run.panel.groups[run.panel.units[Int(run.panel.rowUnit[r])].group] == record["group"] as? String)
        }
    }

    /// FORMATS.md `yearly[].mean`, `groupMeans`, `dimensionMeans`: plain means over the
    /// year's units (METHOD.md section 5).
    @Test("yearly means over units, by group and by dimension match expected.json `yearly`", arguments: fixtures)
    func yearlyMeans(fixture: String) throws {
        let run = try FixtureRun(fixture)
        let expected = try Fixture.json("\(fixture)/expected.json")
        let yearly = try #require(expected["yearly"] as? [[String: Any]])
        #expect(yearly.count == run.panel.years.count)
        for record in yearly {
            let year = try #require(record["year"] as? Int)
            let t = try #require(run.panel.years.firstIndex(of: year))
            let rows = run.panel.rowsByYear[t]
            func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
            let national = try #require(record["mean"] as? Double)
            expectClose(mean(rows.map { run.scores.score[$0] }), national, within: fixtureTolerance(national), "\(fixture) \(year) mean")
            let dimensionMeans = try #require(record["dimensionMeans"] as? [String: Double])
            for (d, name) in run.panel.system.dimensions.enumerated() {
                let value = try #require(dimensionMeans[name])
                expectClose(mean(rows.map { run.scores.dimensionScores[d][$0] }), value, within: fixtureTolerance(value),
                            "\(fixture) \(year) \(name)")
            }
            let groupMeans = try #require(record["groupMeans"] as? [String: Double])
            for (g, name) in run.panel.groups.enumerated() {
                let members = rows.filter { run.panel.units[Int(run.panel.rowUnit[$0])].group == g }
                let value = try #require(groupMeans[name])
                expectClose(mean(members.map { run.scores.score[$0] }), value, within: fixtureTolerance(value),
                            "\(fixture) \(year) \(name)")
            }
        }
    }

    /// fixtures/README.md: the constant indicator standardises to 0 everywhere and its
    /// sigma, conflict, information and weight are exactly 0 (a convention, not a
    /// rounding: no tolerance).
    @Test("edge/constant_indicator: the constant column is 0 and has all-zero parts")
    func constantIndicator() throws {
        let run = try FixtureRun("edge/constant_indicator")
        let j = try #require(run.panel.system.indicators.firstIndex { $0.id == "const" })
        #expect(run.ranges[j].isConstant)
        #expect(run.standardized[j].allSatisfy { $0 == 0 })
        #expect(run.weights.sigma[j] == 0 && run.weights.conflict?[j] == 0)
        #expect(run.weights.information?[j] == 0 && run.weights.weights[j] == 0)
    }

    /// fixtures/README.md: after the direction adjustment a, b and c are perfectly
    /// correlated (r = +1) although raw r(a, c) = -1; their weights are 0.1622 each and
    /// d's is 0.5134 (4 decimals, so within 5e-5).
    @Test("edge/perfect_corr: r = +1 after direction, weights 0.1622 x 3 and 0.5134")
    func perfectCorrelation() throws {
        let run = try FixtureRun("edge/perfect_corr")
        // 1e-15: (a - 1)/2 against ((10 - 1) - c)/2 with c = 10 - a, one or two roundings
        // of numbers in [0, 1].
        expectClose(run.standardized[0], run.standardized[2], within: 1e-15, "x'(a) = x'(c)")
        expectClose(run.weights.weights, [0.1622, 0.1622, 0.1622, 0.5134], within: 5e-5, "README's rounded weights")
    }

    /// fixtures/README.md: the three interior gaps of `small` are interpolated to 35.875,
    /// 9.375 and 8.75, which the weights above depend on.
    @Test("small: the interpolated cells")
    func smallImputation() throws {
        let loaded = try FixturePanel.load("small")
        let result = try Imputation.fill(loaded.panel, edges: loaded.edges)
        #expect(result.imputed.map(\.value) == [35.875, 9.375, 8.75])
    }

    /// The small fixture's README note: the indicators are highly correlated, so taking
    /// the correlations on columns standardised without direction (all positive) gives
    /// visibly different weights; the expected weights are only met with directions.
    @Test("small: ignoring direction in the correlations changes the weights visibly")
    func directionMatters() throws {
        let run = try FixtureRun("small")
        var undirected = run.panel.values
        Standardization.minMax(&undirected, directions: Array(repeating: .positive, count: undirected.count))
        let wrong = try CRITIC.weights(standardized: undirected)
        let largest = zip(wrong.weights, run.weights.weights).map { abs($0 - $1) }.max() ?? 0
        #expect(largest > 0.01, "largest weight difference \(largest)")
        // Sigma does not depend on direction: sd(1 - x) = sd(x). The two columns differ by
        // a rounding per value, so over 48 rows the sigmas (about 0.3) may differ by some
        // tens of ulp: 1e-14.
        expectClose(wrong.sigma, run.weights.sigma, within: 1e-14, "sigma")
    }
}
