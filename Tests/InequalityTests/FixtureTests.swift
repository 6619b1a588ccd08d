import Foundation
import Inequality
import TestSupport
import Testing

/// The shared fixtures (fixtures/README.md). Their expected values come from an
/// independent numpy reference (the project's oracle), not from this code, so agreement
/// here is agreement between two implementations. Tolerances are the fixtures' own
/// (see ``ExpectedYear``).
@Suite("Fixtures from the independent numpy reference")
struct FixtureTests {
    static let analyzeFixtures = [
        "small", "paperlike",
        "edge/constant_indicator", "edge/missing_edges", "edge/perfect_corr",
        "edge/single_city_region", "edge/ties", "edge/zero_variance_year",
    ]

    /// Each year's scores (composite = total, dimension sub-scores = parts) decompose to
    /// the expected `yearly[]` record, every key but `indicatorSources` (the
    /// per-indicator parts are not in the fixture, so they cannot be passed in).
    @Test("analyze fixtures: every yearly key from the scores", arguments: analyzeFixtures)
    func analyzeFixture(name: String) throws {
        let expected = try Fixture.json("\(name)/expected.json")
        let records = try #require(expected["yearly"] as? [[String: Any]])
        let years = try FixtureYears.fromScores(of: name)
        #expect(years.map(\.year) == records.map { $0["year"] as? Int })
        for (year, record) in zip(years, records) {
            let result = try InequalityDecomposition.decompose(year.input)
            ExpectedYear(record: record, groupNames: year.groupNames, sourceNames: year.sourceNames,
                         label: "\(name) \(year.year ?? 0)")
                .expectMatch(result, skipping: ["indicatorSources"])
        }
    }

    /// Every edge fixture is in the list above, so none is skipped by accident.
    @Test("every edge fixture is tested")
    func everyEdgeFixture() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Fixture.url("edge").path)
        #expect(Set(folders.map { "edge/\($0)" }) == Set(Self.analyzeFixtures.filter { $0.hasPrefix("edge/") }))
    }

    /// 5,000 households in 4 groups, 2018-2020, value = wage + business + transfer, with
    /// 50 exactly tied totals with different parts each year: every key of every year.
    @Test("households: every key of every year")
    func households() throws {
        let expected = try Fixture.json("households/expected.json")
        let records = try #require(expected["yearly"] as? [[String: Any]])
        let years = try FixtureYears.fromPanel(of: "households")
        #expect(years.map(\.year) == records.map { $0["year"] as? Int })
        #expect(years.map(\.input.totals.count) == [5_000, 5_000, 5_000])
        for (year, record) in zip(years, records) {
            let result = try InequalityDecomposition.decompose(year.input)
            ExpectedYear(record: record, groupNames: year.groupNames, sourceNames: year.sourceNames,
                         label: "households \(year.year ?? 0)")
                .expectMatch(result)
        }
    }

    /// The zero-variance year of edge/zero_variance_year, spelled out: G = 0, every term
    /// 0, D_jh = 0, and no contribution rate.
    @Test("edge/zero_variance_year: 2022 is all zero terms with group means")
    func zeroVarianceYear() throws {
        let years = try FixtureYears.fromScores(of: "edge/zero_variance_year")
        let year = try #require(years.first { $0.year == 2022 })
        let result = try InequalityDecomposition.decompose(year.input)
        #expect(result.gini == 0)
        #expect(result.affluence == [0])
        #expect(result.contributionRate(result.betweenTotal) == nil)
        #expect(result.groupMeans.allSatisfy { $0 != nil })
    }
}

/// Real data from outside the project (fixtures/external/README.md).
@Suite("External samples")
struct ExternalSampleTests {
    /// The 200-household sample of the R package GiniDecompLY (2 regions, 4 income
    /// sources, unweighted): its vignette gives the total Gini 0.4228500669957283.
    /// Tolerance 1e-12: the vignette prints 16 digits and two correct O(n log n) sums
    /// differ in the last few bits only. (Its source terms are not compared: six tied
    /// pairs make R's stable-order rule differ from the midpoint rule by up to 3e-5.)
    @Test("GiniDecompLY sample: total Gini 0.4228500669957283")
    func giniDecompLY() throws {
        let years = try FixtureYears.fromPanel(of: "external/ginidecomply-g1")
        let year = try #require(years.first)
        #expect(years.count == 1 && year.year == nil)
        #expect(year.input.totals.count == 200)
        let result = try InequalityDecomposition.decompose(year.input)
        expectClose(result.gini, 0.4228500669957283, within: 1e-12, "decomposition G")
        expectClose(Gini.coefficient(of: year.input.totals), 0.4228500669957283, within: 1e-12, "Gini.coefficient")
    }
}
