import Foundation
import PanelData
@testable import Resilience
import Testing

/// The intervals the report needs beyond the terms themselves (issue 7, point 3): the
/// change of G since the first year, the sources' contribution rates, and the
/// percentile rule at a level whose (1 - level) is not exact in binary.
@Suite("bootstrap intervals of changes and rates")
struct BootstrapIntervalsTests {
    /// Two groups, one dimension, three years: 12 terms a year (G, Gw_1, Gw_2, Gb_12, the
    /// four totals, G^1, the two within cells and the between cell).
    static func panel() throws -> Panel {
        let system = IndicatorSystem(dimensions: ["value"], indicators: [
            Indicator(id: "value", name: "value", unit: "1", direction: .positive, dimension: 0),
        ])
        let units = [PanelUnit(name: "a", group: 0), PanelUnit(name: "b", group: 1)]
        let rows = (0..<2).flatMap { unit in (0..<3).map { year in (Int32(unit), Int32(year)) } }
        return try Panel(units: units, groups: ["g0", "g1"], years: [2020, 2021, 2022], system: system,
                         rowUnit: rows.map(\.0), rowYear: rows.map(\.1), values: [rows.map { _ in 1.0 }])
    }

    /// Replicate r's terms: G and G^1 as given, every other term 0.
    static func year(gini: Double, source: Double) -> [Double] {
        var terms = [Double](repeating: 0, count: 12)
        terms[0] = gini
        terms[8] = source
        return terms
    }

    /// The k-th and (B + 1 - k)-th smallest of `values`, computed the slow way.
    static func expected(_ values: [Double], k: Int) -> (Double, Double) {
        let sorted = values.sorted()
        return (sorted[k - 1], sorted[sorted.count - k])
    }

    @Test("percentile rule: B = 39 at 90% takes the 2nd and the 38th smallest (k = floor(40 x 0.1 / 2) = 2)")
    func percentileAtNinety() {
        let values = (1...39).map(Double.init).reversed()
        let interval = Bootstrap.percentile(Array(values), level: 0.9)
        #expect(interval.lower == 2)
        #expect(interval.upper == 38)
    }

    @Test("the change since the first year is the percentile interval of each replicate's own G_t - G_1")
    func changeFromFirst() throws {
        // G of replicate r: 0.30 + 0.001 r in the first year, 0.25 + 0.003 ((7 r) mod 39) in the
        // last, so that the replicates' order differs between years and the interval of the
        // difference is not the difference of the intervals.
        let samples: [[[Double]]] = (0..<39).map { r in
            [Self.year(gini: 0.30 + 0.001 * Double(r), source: 0.1),
             Self.year(gini: 0.28, source: 0.1),
             Self.year(gini: 0.25 + 0.003 * Double((7 * r) % 39), source: 0.1)]
        }
        let intervals = Bootstrap.intervals(samples, panel: try Self.panel(), level: 0.9)
        #expect(intervals[0].giniChangeFromFirst == nil)
        let differences = samples.map { $0[2][0] - $0[0][0] }
        let (lower, upper) = Self.expected(differences, k: 2)
        let last = try #require(intervals[2].giniChangeFromFirst)
        #expect(last.lower == lower)
        #expect(last.upper == upper)
        // Year 1 is both the year-on-year change and the change since the first year.
        #expect(intervals[1].giniChangeFromFirst == intervals[1].giniChange)
        // Not the difference of the two years' intervals.
        #expect(last.lower != intervals[2].gini.lower - intervals[0].gini.upper)
    }

    @Test("source rates are 100 G^m / G per replicate; replicates with G = 0 are left out")
    func sourceRates() throws {
        // 38 replicates with G = 0.2 and G^1 = 0.01 r (rates 5 r %), and one with G = 0.
        var samples: [[[Double]]] = (0..<38).map { r in
            Array(repeating: Self.year(gini: 0.2, source: 0.01 * Double(r)), count: 3)
        }
        samples.append(Array(repeating: Self.year(gini: 0, source: 0), count: 3))
        let intervals = Bootstrap.intervals(samples, panel: try Self.panel(), level: 0.9)
        let rates = (0..<38).map { 100 * (0.01 * Double($0)) / 0.2 }
        // B = 38 finite rates: k = floor(39 x 0.1 / 2) = 1.
        let (lower, upper) = Self.expected(rates, k: 1)
        #expect(intervals[2].sourceRates.count == 1)
        #expect(intervals[2].sourceRates[0].lower == lower)
        #expect(intervals[2].sourceRates[0].upper == upper)
        #expect(intervals[2].sourceRates[0].lower.isFinite && intervals[2].sourceRates[0].upper.isFinite)
    }
}
