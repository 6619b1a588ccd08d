import PanelData
import Testing

/// The tolerance of fixtures/README.md for imputed values: |a - e| <= max(1e-9 |e|, 1e-12).
/// Interpolation is one subtraction, one product and one quotient, so a correct result is
/// within a few ulp; the README's bound is what every other check of imputed values uses.
func imputedTolerance(_ expected: Double) -> Double { max(1e-9 * abs(expected), 1e-12) }

/// One unit-indicator series and what `Imputation.fill` must make of it.
struct SeriesCase: CustomTestStringConvertible, Sendable {
    var label: String
    var years: [Int]
    var observed: [Double]
    var filled: [Double]
    /// The method of each filled cell, in year order.
    var methods: [ImputationMethod]
    var testDescription: String { label }
}

/// Linear interpolation over real years (METHOD.md section 2):
/// v = v0 + (v1 - v0) (t - t0) / (t1 - t0). Every expected value is worked out in the label.
let interiorCases: [SeriesCase] = [
    SeriesCase(label: "one-year gap: (10 + 30) / 2 = 20",
               years: [2019, 2020, 2021, 2022], observed: [10, gap, 30, 40],
               filled: [10, 20, 30, 40], methods: [.linear]),
    SeriesCase(label: "three-year gap from 0 to 8: steps of 8/4 = 2",
               years: [2010, 2011, 2012, 2013, 2014], observed: [0, gap, gap, gap, 8],
               filled: [0, 2, 4, 6, 8], methods: [.linear, .linear, .linear]),
    SeriesCase(label: "years 2009, 2011, 2014: 1 + (11 - 1) * 2/5 = 5, not the index midpoint 6",
               years: [2009, 2011, 2014], observed: [1, gap, 11],
               filled: [1, 5, 11], methods: [.linear]),
    SeriesCase(label: "uneven years 2000, 2001, 2005, 2006, 2010: 3 + 10 * (1, 5, 6)/10 = 4, 8, 9",
               years: [2000, 2001, 2005, 2006, 2010], observed: [3, gap, gap, gap, 13],
               filled: [3, 4, 8, 9, 13], methods: [.linear, .linear, .linear]),
    SeriesCase(label: "decreasing: (9 + 3) / 2 = 6",
               years: [2019, 2020, 2021], observed: [9, gap, 3],
               filled: [9, 6, 3], methods: [.linear]),
    SeriesCase(label: "two separate gaps: (1 + 5)/2 = 3 and (5 + 1)/2 = 3",
               years: [2019, 2020, 2021, 2022, 2023], observed: [1, gap, 5, gap, 1],
               filled: [1, 3, 5, 3, 1], methods: [.linear, .linear]),
    SeriesCase(label: "negative values: -4 + (2 - -4) * 1/3 = -2",
               years: [2019, 2020, 2021, 2022], observed: [-4, gap, gap, 2],
               filled: [-4, -2, 0, 2], methods: [.linear, .linear]),
]

/// Leading and trailing gaps under `edges: nearest` (the default of METHOD.md section 2).
let nearestCases: [SeriesCase] = [
    SeriesCase(label: "leading and trailing: carry 5 back and 7 forward",
               years: [2019, 2020, 2021, 2022], observed: [gap, 5, 7, gap],
               filled: [5, 5, 7, 7], methods: [.nearest, .nearest]),
    SeriesCase(label: "two leading years carry the first observation 4",
               years: [2019, 2020, 2021, 2022], observed: [gap, gap, 4, 6],
               filled: [4, 4, 4, 6], methods: [.nearest, .nearest]),
    SeriesCase(label: "one observation carried both ways",
               years: [2019, 2020, 2021], observed: [gap, 5, gap],
               filled: [5, 5, 5], methods: [.nearest, .nearest]),
    SeriesCase(label: "edges nearest, interior still linear: 2 | (2 + 4)/2 = 3 | 4",
               years: [2019, 2020, 2021, 2022, 2023], observed: [gap, 2, gap, 4, gap],
               filled: [2, 2, 3, 4, 4], methods: [.nearest, .linear, .nearest]),
]

/// Leading and trailing gaps under `edges: linear`: extrapolate from the two nearest
/// observations, clamped at 0 when every observed value is non-negative; one observation
/// is carried (method `nearest`). See `EdgePolicy.linear`.
let linearEdgeCases: [SeriesCase] = [
    SeriesCase(label: "slope 2 per year: 5 - 2 = 3 and 7 + 2 = 9",
               years: [2019, 2020, 2021, 2022], observed: [gap, 5, 7, gap],
               filled: [3, 5, 7, 9], methods: [.extrapolated, .extrapolated]),
    SeriesCase(label: "years 2010, 2012, 2013, 2016, slope 2 per year: 4 - 2*2 = 0, 6 + 2*3 = 12",
               years: [2010, 2012, 2013, 2016], observed: [gap, 4, 6, gap],
               filled: [0, 4, 6, 12], methods: [.extrapolated, .extrapolated]),
    SeriesCase(label: "the two NEAREST observations: lead from (10, 1) gives 19, trail from (1, 3) gives 5",
               years: [2019, 2020, 2021, 2022, 2023], observed: [gap, 10, 1, 3, gap],
               filled: [19, 10, 1, 3, 5], methods: [.extrapolated, .extrapolated]),
    SeriesCase(label: "clamp at 0: 2 - 4*2 = -6 and 2 - 4 = -2 become 0 (all observed >= 0)",
               years: [2019, 2020, 2021, 2022], observed: [gap, gap, 2, 6],
               filled: [0, 0, 2, 6], methods: [.extrapolated, .extrapolated]),
    SeriesCase(label: "trailing clamp: 2 - 4 = -2 becomes 0",
               years: [2019, 2020, 2021], observed: [6, 2, gap],
               filled: [6, 2, 0], methods: [.extrapolated]),
    SeriesCase(label: "no clamp when an observed value is negative: -1 - 4 = -5",
               years: [2019, 2020, 2021], observed: [gap, -1, 3],
               filled: [-5, -1, 3], methods: [.extrapolated]),
    SeriesCase(label: "one observation is carried, labelled nearest",
               years: [2019, 2020, 2021], observed: [gap, 5, gap],
               filled: [5, 5, 5], methods: [.nearest, .nearest]),
]

@Suite("Imputation")
struct ImputationTests {
    /// Fills the one-unit, one-indicator panel of `series` and checks values and methods.
    func check(_ series: SeriesCase, edges: EdgePolicy) throws {
        let panel = try makePanel(units: ["U"], years: series.years,
                                  rows: zip(series.years, series.observed).map { TableRow(0, $0, [$1]) })
        let result = try Imputation.fill(panel, edges: edges)
        let filled = result.panel.series(unit: 0)
        for (index, expected) in series.filled.enumerated() {
            expectClose(filled[index], expected, within: imputedTolerance(expected), "\(series.label) [\(series.years[index])]")
        }
        let gapYears = zip(series.years, series.observed).filter { $0.1.isNaN }.map(\.0)
        #expect(result.imputed.map(\.year) == gapYears)
        #expect(result.imputed.map(\.method) == series.methods)
        #expect(result.imputed.allSatisfy { $0.unit == 0 && $0.indicator == 0 })
        for cell in result.imputed {
            let index = try #require(series.years.firstIndex(of: cell.year))
            #expect(cell.value.bitPattern == filled[index].bitPattern, "the log holds the value written into the panel")
        }
        #expect(result.dropped.isEmpty)
        #expect(result.panel.missingCount == 0)
    }

    @Test("interior gaps are interpolated linearly over real years", arguments: interiorCases)
    func interior(series: SeriesCase) throws {
        // Interior gaps do not depend on the edge policy, not even on `error`.
        for edges in EdgePolicy.allCases { try check(series, edges: edges) }
    }

    @Test("edges: nearest carries the nearest observation", arguments: nearestCases)
    func nearestEdges(series: SeriesCase) throws {
        try check(series, edges: .nearest)
    }

    @Test("edges: linear extrapolates, clamps at 0, carries a single observation", arguments: linearEdgeCases)
    func linearEdges(series: SeriesCase) throws {
        try check(series, edges: .linear)
    }

    /// `edges: error` refuses a leading or trailing gap and names the first unfilled row.
    /// Unit B's rows are 3...5 (unit A has 3 rows first), indicator y is index 1.
    @Test("edges: error throws at the first edge gap, naming unit, indicator and row",
          arguments: [
              ([gap, 5, 7] as [Double], 3),   // leading gap: B's first row
              ([5, 7, gap], 5),               // trailing gap: B's last row
          ])
    func errorEdges(bSeries: [Double], row: Int) throws {
        let panel = try makePanel(
            units: ["A", "B"], years: [2019, 2020, 2021], indicators: ["x", "y"],
            rows: [TableRow(0, 2019, [1, 1]), TableRow(0, 2020, [2, gap]), TableRow(0, 2021, [3, 3]),
                   TableRow(1, 2019, [1, bSeries[0]]), TableRow(1, 2020, [2, bSeries[1]]),
                   TableRow(1, 2021, [3, bSeries[2]])])
        #expect(throws: ImputationError.edgeGap(unit: 1, indicator: 1, row: row)) {
            try Imputation.fill(panel, edges: .error)
        }
        // The same panel fills under the other policies.
        #expect(try Imputation.fill(panel, edges: .nearest).panel.missingCount == 0)
    }

    /// METHOD.md section 2: a series with no observation is an error, under every edge
    /// policy; the row is the unit's first panel row (B starts at row 2).
    @Test("an all-missing series is an error under every edge policy", arguments: EdgePolicy.allCases)
    func allMissing(edges: EdgePolicy) throws {
        let panel = try makePanel(
            units: ["A", "B"], years: [2019, 2020], indicators: ["x", "y"],
            rows: [TableRow(0, 2019, [1, 1]), TableRow(0, 2020, [2, 2]),
                   TableRow(1, 2019, [1, gap]), TableRow(1, 2020, [2, gap])])
        #expect(throws: ImputationError.noObservation(unit: 1, indicator: 1, row: 2)) {
            try Imputation.fill(panel, edges: edges)
        }
    }

    /// With `dropIncomplete`, a unit that never observes some indicator is removed with
    /// its rows and reported (reason naming the first such indicator); the other units
    /// are renumbered, and the imputed log follows the renumbering. A year held only by
    /// the dropped unit leaves the panel with it.
    @Test("dropIncomplete drops a unit with an all-missing series and reports it")
    func dropIncomplete() throws {
        let panel = try makePanel(
            units: ["A", "B", "C"], years: [2019, 2020, 2021, 2022], indicators: ["x", "y", "z"],
            rows: [TableRow(0, 2019, [1, 1, 1]), TableRow(0, 2020, [gap, 2, 2]), TableRow(0, 2021, [3, 3, 3]),
                   TableRow(1, 2019, [1, gap, gap]), TableRow(1, 2020, [2, gap, gap]), TableRow(1, 2022, [gap, gap, gap]),
                   TableRow(2, 2019, [5, 5, 5]), TableRow(2, 2020, [5, 5, gap]), TableRow(2, 2021, [5, 5, 9])])
        let result = try Imputation.fill(panel, edges: .nearest, dropIncomplete: true)
        #expect(result.dropped.map(\.unit) == ["B"])
        #expect(result.dropped.map(\.reason) == ["no observation of y"])
        #expect(result.panel.units.map(\.name) == ["A", "C"])
        #expect(result.panel.years == [2019, 2020, 2021], "2022 was B's alone")
        #expect(result.panel.rowCount == 6)
        #expect(result.panel.missingCount == 0)
        #expect(result.imputed.map(\.unit) == [0, 1], "C is unit 1 after B is dropped")
        #expect(result.imputed.map(\.year) == [2020, 2020])
        #expect(result.imputed.map(\.indicator) == [0, 2])
        // 1e-12: the README floor for imputed values (these are exact in binary).
        expectClose(result.imputed.map(\.value), [2, 7], within: 1e-12, "(1+3)/2 and (5+9)/2")
        expectClose(result.panel.series(unit: 1, indicator: 2), [5, 7, 9], within: 1e-12, "C's z")
    }

    @Test("without dropIncomplete the same panel is an error at B's first row")
    func noDropWithoutFlag() throws {
        let panel = try makePanel(
            units: ["A", "B"], years: [2019, 2020], indicators: ["x"],
            rows: [TableRow(0, 2019, [1]), TableRow(0, 2020, [2]), TableRow(1, 2019, [gap]), TableRow(1, 2020, [gap])])
        #expect(throws: ImputationError.noObservation(unit: 1, indicator: 0, row: 2)) {
            try Imputation.fill(panel, edges: .nearest, dropIncomplete: false)
        }
        let dropped = try Imputation.fill(panel, edges: .nearest, dropIncomplete: true)
        #expect(dropped.dropped.map(\.unit) == ["B"])
        #expect(dropped.dropped.map(\.reason) == ["no observation of x"])
        #expect(dropped.panel.units.map(\.name) == ["A"])
    }

    /// A unit about to be dropped for an all-missing series should not stop the run with
    /// an edge-gap error in another of its series: nothing of it is kept.
    @Test("a dropped unit's edge gaps are not errors under edges: error")
    func droppedUnitEdgeGapIsNotAnError() throws {
        let panel = try makePanel(
            units: ["A", "B"], years: [2019, 2020], indicators: ["x", "y"],
            rows: [TableRow(0, 2019, [1, 1]), TableRow(0, 2020, [2, 2]),
                   TableRow(1, 2019, [gap, gap]), TableRow(1, 2020, [2, gap])])
        let result = try Imputation.fill(panel, edges: .error, dropIncomplete: true)
        #expect(result.dropped.map(\.unit) == ["B"])
    #expect(result.dropped.map(\.reason) == ["no observation of y"])
        #expect(result.panel.units.map(\.name) == ["A"])
    }

    /// An unbalanced panel: B has no row for 2019 or 2021. Imputation fills cells, it
    /// does not create rows, and it does not drop B; B's gap in 2020 is interpolated
    /// between its own 2018 and 2022 rows: 2 + (6 - 2) * 2/4 = 4.
    @Test("a unit missing whole years is neither padded nor dropped")
    func unbalanced() throws {
        let panel = try makePanel(
            units: ["A", "B"], years: [2018, 2019, 2020, 2021, 2022],
            rows: [TableRow(0, 2018, [1]), TableRow(0, 2019, [1]), TableRow(0, 2020, [1]),
                   TableRow(0, 2021, [1]), TableRow(0, 2022, [1]),
                   TableRow(1, 2018, [2]), TableRow(1, 2020, [gap]), TableRow(1, 2022, [6])])
        let result = try Imputation.fill(panel, edges: .error)
        #expect(result.panel.rowCount == 8)
        #expect(result.panel.rowYears(unit: 1) == [2018, 2020, 2022])
        #expect(result.dropped.isEmpty)
        #expect(result.imputed.count == 1)
        expectClose(result.panel.series(unit: 1), [2, 4, 6], within: 1e-12, "B (README floor)")
    }

    /// The imputed list is in unit, year, indicator order (FORMATS.md `input.imputed`),
    /// units in panel order (Zeta before Alpha), with the method of each cell. Values by
    /// hand, `edges: linear`:
    /// - Zeta x (1, 2, _, 4): 2021 linear (2 + 4)/2 = 3
    /// - Zeta y (_, 2, 4, 6): 2019 extrapolated 2 - 2 = 0 (not negative, no clamp)
    /// - Zeta z (5, _, _, _): one observation carried, nearest, 5 three times
    /// - Alpha x (1, 2, 3, _): 2022 extrapolated 3 + 1 = 4
    /// - Alpha z (_, 1, _, 3): 2019 extrapolated from (2020: 1, 2022: 3), slope 1: 0;
    ///   2021 linear (1 + 3)/2 = 2
    @Test("the imputed list is in unit, year, indicator order with method labels")
    func imputedOrder() throws {
        let panel = try makePanel(
            units: ["Zeta", "Alpha"], years: [2019, 2020, 2021, 2022], indicators: ["x", "y", "z"],
            rows: [TableRow(0, 2019, [1, gap, 5]), TableRow(0, 2020, [2, 2, gap]),
                   TableRow(0, 2021, [gap, 4, gap]), TableRow(0, 2022, [4, 6, gap]),
                   TableRow(1, 2019, [1, 7, gap]), TableRow(1, 2020, [2, 7, 1]),
                   TableRow(1, 2021, [3, 7, gap]), TableRow(1, 2022, [gap, 7, 3])])
        let result = try Imputation.fill(panel, edges: .linear)
        let expected: [(unit: Int, year: Int, indicator: Int, value: Double, method: ImputationMethod)] = [
            (0, 2019, 1, 0, .extrapolated),
            (0, 2020, 2, 5, .nearest),
            (0, 2021, 0, 3, .linear),
            (0, 2021, 2, 5, .nearest),
            (0, 2022, 2, 5, .nearest),
            (1, 2019, 2, 0, .extrapolated),
            (1, 2021, 2, 2, .linear),
            (1, 2022, 0, 4, .extrapolated),
        ]
        try #require(result.imputed.count == expected.count)
        for (cell, want) in zip(result.imputed, expected) {
            #expect((cell.unit, cell.year, cell.indicator) == (want.unit, want.year, want.indicator))
            #expect(cell.method == want.method, "\(want)")
            expectClose(cell.value, want.value, within: 1e-12, "\(want) (README floor)")
        }
    }

    @Test("a complete panel comes back unchanged with empty logs", arguments: EdgePolicy.allCases)
    func complete(edges: EdgePolicy) throws {
        let panel = try makePanel(
            units: ["A", "B"], years: [2019, 2020], indicators: ["x", "y"],
            rows: [TableRow(0, 2019, [1, -2]), TableRow(0, 2020, [0.1, 3]),
                   TableRow(1, 2019, [7, 8]), TableRow(1, 2020, [9, 1e300])])
        let result = try Imputation.fill(panel, edges: edges, dropIncomplete: true)
        #expect(result.imputed.isEmpty)
        #expect(result.dropped.isEmpty)
        for j in 0..<2 { #expect(sameCells(result.panel.values[j], panel.values[j])) }
    }

    /// Property: a series that is exactly linear in the year, a(t) = c + b (t - t0), with
    /// random non-consecutive years and random gaps (at least two observations), is
    /// recovered everywhere under `edges: linear`, edges included; c >= 50 and |b| <= 1
    /// over at most 40 years keep it positive, so the clamp never applies. Observed cells
    /// are left bit for bit. Tolerance 1e-12 x 100 (the largest |value|): each filled
    /// value is a few roundings of numbers of that size.
    @Test("a linear series is recovered from any gaps (seeded)", arguments: 0..<4)
    func linearRecovery(batch: UInt64) throws {
        for seed in (batch * 250)..<((batch + 1) * 250) {
            var random = SplitMix64(seed: seed)
            let start = Int.random(in: 1990...2010, using: &random)
            var years: [Int] = []
            var year = start
            for _ in 0..<Int.random(in: 2...12, using: &random) {
                years.append(year)
                year += Int.random(in: 1...3, using: &random)
            }
            let c = Double.random(in: 50...100, using: &random)
            let b = Double.random(in: -1...1, using: &random)
            let line = years.map { c + b * Double($0 - start) }
            var observed = line
            var missing = Array(years.indices).shuffled(using: &random)
            missing.removeLast(Int.random(in: 2...years.count, using: &random))
            for index in missing { observed[index] = gap }
            let panel = try makePanel(units: ["U"], years: years,
                                      rows: zip(years, observed).map { TableRow(0, $0, [$1]) })
            let filled = try Imputation.fill(panel, edges: .linear).panel.series(unit: 0)
            for index in years.indices {
                if observed[index].isNaN {
                    expectClose(filled[index], line[index], within: 1e-10, "seed \(seed), year \(years[index])")
                } else {
                    #expect(filled[index].bitPattern == observed[index].bitPattern, "seed \(seed)")
                }
            }
        }
    }
}
