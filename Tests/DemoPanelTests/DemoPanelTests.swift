import PanelData
import Testing
@testable import DemoPanel

/// The panel with the default seed, built once for all tests.
private let demo = DemoPanel.make()
/// The panel with seed 1.
private let otherSeed = DemoPanel.make(seed: 1)

/// The values of indicator `id` in year `year` (index into the panel's years), NaN
/// cells left out.
private func column(_ id: String, yearIndex: Int, of panel: Panel = demo) -> [Double] {
    guard let j = panel.system.indicators.firstIndex(where: { $0.id == id }) else { return [] }
    return panel.rowsByYear[yearIndex].map { panel.values[j][$0] }.filter { !$0.isNaN }
}

private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let n = sorted.count
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
}

/// Sample skewness g1 = m3 / m2^(3/2), with m_k the k-th central moment (1/n).
private func skewness(_ values: [Double]) -> Double {
    let n = Double(values.count)
    let mean = values.reduce(0, +) / n
    let m2 = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
    let m3 = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) * ($1 - mean) } / n
    return m3 / (m2 * m2.squareRoot())
}

/// Equal cell by cell, NaN equal to NaN (compares bit patterns).
private func sameValues(_ a: Panel, _ b: Panel) -> Bool {
    a.values.count == b.values.count && zip(a.values, b.values).allSatisfy { x, y in
        x.count == y.count && zip(x, y).allSatisfy { $0.bitPattern == $1.bitPattern }
    }
}

private let rates = ["sewage_treatment_rate", "solid_waste_util_rate"]
/// The per-capita, density, volume and emission indicators: heavy right tails.
private let heavyTailed = ["wastewater", "so2", "dust", "co2", "park_green_pc", "drainage_density",
                           "pop_density", "water_supply_pc", "domestic_waste_collected"]

@Suite struct DemoPanelShapeTests {
    @Test func shapeIsTheStudys() {
        #expect(demo.units.count == 277)
        #expect(demo.groups == StudyRegions.names)
        #expect(demo.years == Array(2009...2023))
        #expect(demo.system == IndicatorSystem.study)
        #expect(demo.rowCount == 277 * 15)
        #expect(demo.unitsPerGroup == StudyRegions.cityCounts)
    }

    @Test func unitsAreTheCitiesWithCoordinates() {
        for (unit, city) in zip(demo.units, DemoPanel.cities) {
            #expect(unit.name == city.name)
            #expect(unit.group == city.region)
            #expect(unit.longitude == city.longitude)
            #expect(unit.latitude == city.latitude)
        }
    }

    @Test func rowsAreUnitThenYear() {
        for row in 0..<demo.rowCount {
            #expect(Int(demo.rowUnit[row]) == row / 15)
            #expect(Int(demo.rowYear[row]) == row % 15)
        }
    }

    /// The parameter table has one model per indicator of the study system, in order,
    /// each with a time path of 15 values and four regional shifts.
    @Test func calibrationTableMatchesTheSystem() {
        #expect(DemoCalibration.indicators.map(\.id) == IndicatorSystem.study.indicators.map(\.id))
        for model in DemoCalibration.indicators {
            #expect(model.path.count == 15, "\(model.id)")
            #expect(model.region.count == 4, "\(model.id)")
        }
        for model in DemoCalibration.indicators where rates.contains(model.id) {
            #expect(model.scale == .percent)
        }
    }
}

@Suite struct DemoPanelDeterminismTests {
    @Test func sameSeedSamePanel() {
        #expect(sameValues(DemoPanel.make(), demo))
    }

    @Test func otherSeedOtherPanel() {
        let other = DemoPanel.make(seed: DemoPanel.defaultSeed &+ 1)
        #expect(!sameValues(other, demo))
        // The names and shape do not depend on the seed.
        #expect(other.units == demo.units)
    }
}

@Suite struct DemoPanelValueTests {
    @Test func valuesAreFiniteAndNonNegative() {
        for (j, indicator) in demo.system.indicators.enumerated() {
            let observed = demo.values[j].filter { !$0.isNaN }
            #expect(observed.allSatisfy { $0.isFinite && $0 >= 0 }, "\(indicator.id)")
        }
    }

    @Test(arguments: rates)
    func ratesLieIn0To100(id: String) {
        for year in demo.years.indices {
            #expect(column(id, yearIndex: year).allSatisfy { (0...100).contains($0) })
        }
    }

    /// Magnitudes of the real statistics (medians of 2009 and of 2023): wastewater
    /// thousands of 10^4 t, SO2 and dust tens of thousands of t (at least 10^4),
    /// green space 8-20 m^2 per person, drainage 5-20 km/km^2, population density
    /// hundreds per km^2, PM2.5 tens of ug/m^3.
    @Test func magnitudesArePlausible() {
        let expected: [(String, ClosedRange<Double>)] = [
            ("wastewater", 1000...6000), ("so2", 10000...90000), ("dust", 10000...90000),
            ("co2", 1000...6000), ("park_green_pc", 8...20), ("drainage_density", 5...20),
            ("pop_density", 150...1500), ("water_supply_pc", 20...150),
            ("sewage_treatment_rate", 50...99), ("solid_waste_util_rate", 40...95),
            ("domestic_waste_collected", 10...100), ("pm25", 20...90),
        ]
        for (id, range) in expected {
            for year in [0, 14] {
                let m = median(column(id, yearIndex: year))
                #expect(range.contains(m), "\(id) median \(m) in \(demo.years[year])")
            }
        }
    }

    /// Skewness above 1 in the first and the last year, for the default seed and one
    /// other: min-max then squeezes most cities toward one end, as with the real
    /// statistics.
    @Test(arguments: heavyTailed)
    func heavyRightTail(id: String) {
        for panel in [demo, otherSeed] {
            for year in [0, 14] {
                let g1 = skewness(column(id, yearIndex: year, of: panel))
                #expect(g1 > 1, "\(id) skewness \(g1) in \(panel.years[year])")
            }
        }
    }

    @Test(arguments: ["wastewater", "so2", "dust", "co2", "pm25"])
    func pollutionFalls(id: String) {
        #expect(median(column(id, yearIndex: 14)) < median(column(id, yearIndex: 0)))
    }

    @Test(arguments: rates + ["park_green_pc"])
    func treatmentReuseAndGreenRise(id: String) {
        #expect(median(column(id, yearIndex: 14)) > median(column(id, yearIndex: 0)))
    }

    /// Emissions drop sharply in 2016 (the median of the industrial emissions, 2015 to 2016).
    @Test(arguments: ["wastewater", "so2", "dust"])
    func emissionsFallIn2016(id: String) {
        #expect(median(column(id, yearIndex: 7)) < 0.85 * median(column(id, yearIndex: 6)))
    }

    /// Regional effects: the East is denser than the West; the Northeast's dust is above
    /// the East's (2009 medians).
    @Test func regionalEffects() {
        func regionMedian(_ id: String, _ region: Int) -> Double {
            guard let j = demo.system.indicators.firstIndex(where: { $0.id == id }) else { return .nan }
            return median(demo.rowsByYear[0].filter { demo.units[Int(demo.rowUnit[$0])].group == region }
                .map { demo.values[j][$0] }.filter { !$0.isNaN })
        }
        #expect(regionMedian("pop_density", 0) > regionMedian("pop_density", 2))
        #expect(regionMedian("dust", 3) > regionMedian("dust", 0))
    }

    /// City size drives emissions, waste volume and water supply: positive rank
    /// correlation (Spearman, 2009, complete cities) between CO2 and domestic waste.
    @Test func sizeLinksEmissionsAndVolumes() {
        let j = demo.system.indicators.firstIndex { $0.id == "co2" }!
        let k = demo.system.indicators.firstIndex { $0.id == "domestic_waste_collected" }!
        let rows = demo.rowsByYear[0].filter { !demo.values[j][$0].isNaN && !demo.values[k][$0].isNaN }
        func ranks(_ v: [Double]) -> [Double] {
            var r = [Double](repeating: 0, count: v.count)
            for (rank, index) in v.indices.sorted(by: { v[$0] < v[$1] }).enumerated() { r[index] = Double(rank) }
            return r
        }
        let a = ranks(rows.map { demo.values[j][$0] }), b = ranks(rows.map { demo.values[k][$0] })
        let n = Double(rows.count), mean = (n - 1) / 2
        let cov = zip(a, b).reduce(0) { $0 + ($1.0 - mean) * ($1.1 - mean) }
        let variance = a.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        #expect(cov / variance > 0.2)
    }
}

@Suite struct DemoPanelMissingTests {
    /// About 1% of cells missing: between 0.5% and 1.5%, for three seeds.
    @Test(arguments: [DemoPanel.defaultSeed, 1, 2])
    func missingShareIsAboutOnePercent(seed: UInt64) {
        let panel = seed == DemoPanel.defaultSeed ? demo : seed == 1 ? otherSeed : DemoPanel.make(seed: seed)
        let share = Double(panel.missingCount) / Double(panel.rowCount * panel.system.count)
        #expect(share > 0.005 && share < 0.015, "share \(share)")
    }

    /// Gaps only inside a series: never the first or the last year of a unit-indicator
    /// series, so imputation needs no edge rule.
    @Test func missingOnlyInTheInterior() {
        for range in demo.rowRangesByUnit {
            for column in demo.values {
                #expect(!column[range.first!].isNaN)
                #expect(!column[range.last!].isNaN)
            }
        }
    }

    /// Some gaps run for two years; none runs longer.
    @Test func gapsOfOneAndTwoYears() {
        var lengths: [Int: Int] = [:]
        for range in demo.rowRangesByUnit {
            for column in demo.values {
                var run = 0
                for row in range {
                    if column[row].isNaN { run += 1 } else if run > 0 { lengths[run, default: 0] += 1; run = 0 }
                }
            }
        }
        #expect(lengths[1, default: 0] > 0)
        #expect(lengths[2, default: 0] > 0)
        #expect(lengths.keys.allSatisfy { $0 <= 2 })
    }
}
