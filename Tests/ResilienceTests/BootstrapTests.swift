import Foundation
import Inequality
import PanelData
@testable import Resilience
import Testing

/// The stratified percentile bootstrap of the decompositions (issue 7).
@Suite("bootstrap confidence intervals")
struct BootstrapTests {
    /// A one-year panel whose scores are `values` (one source equal to the score), with
    /// `groups[i]` the group of unit i.
    static func panel(values: [Double], groups: [Int], groupCount: Int) -> (Panel, ScoreTable) {
        let units = values.indices.map { PanelUnit(name: "u\($0)", group: groups[$0]) }
        let system = IndicatorSystem(dimensions: ["value"], indicators: [
            Indicator(id: "value", name: "value", unit: "1", direction: .positive, dimension: 0),
        ])
        let panel: Panel
        do {
            panel = try Panel(units: units, groups: (0..<groupCount).map { "g\($0)" }, years: [2020], system: system,
                              rowUnit: values.indices.map { Int32($0) }, rowYear: Array(repeating: 0, count: values.count),
                              values: [values])
        } catch {
            preconditionFailure("one row per unit by construction")
        }
        return (panel, ScoreTable(score: values, dimensionScores: [values]))
    }

    static func lognormal(_ generator: inout SplitMixGenerator, mu: Double, sigma: Double) -> Double {
        let u = max(Double(generator.next() >> 11) * 0x1.0p-53, 1e-300), v = Double(generator.next() >> 11) * 0x1.0p-53
        return exp(mu + sigma * (-2 * log(u)).squareRoot() * cos(2 * .pi * v))
    }

    @Test("the same seed gives the same intervals, serially and on all cores")
    func reproducible() async throws {
        var generator = SplitMixGenerator(seed: 3)
        let values = (0..<120).map { _ in Self.lognormal(&generator, mu: 0, sigma: 0.6) }
        let (panel, scores) = Self.panel(values: values, groups: (0..<120).map { $0 % 3 }, groupCount: 3)
        let options = BootstrapOptions(replicates: 99, level: 0.9, seed: 11)
        func run(parallel: Bool) async throws -> [Double] {
            let result = try await Bootstrap.run(options: options, panel: panel, scores: scores, raw: nil,
                                                 configuration: .study, source: "test", parallel: parallel, onReplicate: nil)
            let year = result.years[0]
            return [year.gini.lower, year.gini.upper] + year.between.flatMap { [$0.lower, $0.upper] }
                + year.twoWayWithin.flatMap { $0.flatMap { [$0.lower, $0.upper] } }
        }
        let serial = try await run(parallel: false)
        #expect(try await run(parallel: true) == serial)
        #expect(try await run(parallel: true) == serial)
    }

    @Test("percentile rule: with B = 999 and 95% the bounds are the 25th and 975th smallest values")
    func percentileRule() {
        let values = (1...999).map(Double.init).shuffled()
        let interval = Bootstrap.percentile(values, level: 0.95)
        #expect(interval.lower == 25)
        #expect(interval.upper == 975)
    }

    /// Coverage on a simulated population: a two-group log-normal population of 20,000
    /// units with a known Gini; 200 stratified samples of 2 x 100 units; a 95% interval
    /// from 199 replicates each. A correct bootstrap covers the population Gini in about
    /// 95% of samples; the test asks for at least 90% (the binomial standard error of the
    /// coverage over 200 samples is 1.5 points, and percentile intervals undercover a
    /// little at n = 200).
    @Test("95% intervals cover the population Gini in at least 90% of 200 samples")
    func coverage() async throws {
        var generator = SplitMixGenerator(seed: 2025)
        let population = [
            (0..<10_000).map { _ in Self.lognormal(&generator, mu: 0, sigma: 0.5) },
            (0..<10_000).map { _ in Self.lognormal(&generator, mu: 0.4, sigma: 0.5) },
        ]
        let truth = Gini.coefficient(of: population[0] + population[1])
        let samples = 200, perGroup = 100
        let covered = await withTaskGroup(of: Bool.self) { group -> [Bool] in
            for sample in 0..<samples {
                group.addTask {
                    var draw = SplitMixGenerator(seed: 77, stream: UInt64(sample))
                    var values: [Double] = [], groups: [Int] = []
                    for (group, units) in population.enumerated() {
                        for _ in 0..<perGroup {
                            values.append(units[Int.random(in: 0..<units.count, using: &draw)])
                            groups.append(group)
                        }
                    }
                    let (panel, scores) = Self.panel(values: values, groups: groups, groupCount: 2)
                    let options = BootstrapOptions(replicates: 199, level: 0.95, seed: UInt64(sample))
                    guard let result = try? await Bootstrap.run(options: options, panel: panel, scores: scores, raw: nil,
                                                                configuration: .study, source: "test", parallel: false,
                                                                onReplicate: nil) else { return false }
                    return result.years[0].gini.lower <= truth && truth <= result.years[0].gini.upper
                }
            }
            var outcomes: [Bool] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        let rate = Double(covered.filter { $0 }.count) / Double(samples)
        #expect(rate >= 0.90, "coverage \(rate)")
    }
}
