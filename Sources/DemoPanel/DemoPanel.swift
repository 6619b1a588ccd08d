import Foundation  // exp, log
import PanelData

/// The embedded demo panel: a SYNTHETIC panel shaped like the 2025 study's (277
/// prefecture-level cities in four regions, 2009-2023, the 12 indicators of
/// ``PanelData/IndicatorSystem/study``), for trying the toolkit without data.
///
/// The city names, provinces and coordinates are real; every indicator value is made up
/// by a seeded random model (``DemoIndicatorModel``, parameters in ``DemoCalibration``).
/// It is NOT real data and must not be read as a statement about any city.
///
/// What it imitates: real units and plausible magnitudes; heavy right tails for the
/// emission, volume, density and per-capita indicators (log-normal city effects, a
/// cluster of resource-based heavy emitters, a few upward outliers); rates inside 0...100 rising toward 100; falling emissions and
/// PM2.5 (with a setback in 2011 and a sharp fall in 2016); city size driving emissions,
/// waste volumes and water supply; dirtier heavy-industry provinces and a North China
/// Plain PM2.5 basin; about 1% of cells missing, always inside a series (never its first
/// or last year).
///
/// Determinism: the values depend only on the seed and this code (its own xoshiro256**
/// generator, no system or Foundation randomness). Values are rounded to a few decimals,
/// which also hides last-bit differences between platforms' `exp` and `log` in all but
/// rare cells.
public enum DemoPanel {
    /// The seed of the demo panel that the command-line program and the documentation use.
    public static let defaultSeed: UInt64 = 20_250_277

    /// The cities in unit order (name, province, region index, longitude, latitude).
    public static let cities: [DemoCity] = DemoCities.all

    /// The years of the panel, 2009...2023.
    public static let years: [Int] = Array(DemoCalibration.firstYear..<(DemoCalibration.firstYear + DemoCalibration.yearCount))

    /// The demo panel: 277 units (with longitude/latitude), groups ``PanelData/StudyRegions/names``,
    /// years 2009...2023, system ``PanelData/IndicatorSystem/study``; about 1% of cells
    /// missing (`Double.nan`), only in the interior of a unit-indicator series. SYNTHETIC.
    ///
    /// Rows are in unit order and, within a unit, in year order (a balanced panel of
    /// 277 x 15 rows). The same seed always gives the same panel.
    ///
    /// Complexity: O(units x years x indicators), about 50,000 cells.
    public static func make(seed: UInt64 = defaultSeed) -> Panel {
        let system = IndicatorSystem.study
        let models = DemoCalibration.indicators
        let yearCount = years.count
        let rowCount = cities.count * yearCount

        let factors = DemoCityFactors(cities: cities, seed: seed)
        var values: [[Double]] = []
        values.reserveCapacity(models.count)
        for (index, model) in models.enumerated() {
            var generator = Xoshiro256StarStar(seed: seed, stream: 100 + UInt64(index))
            values.append(model.generate(cities: cities, factors: factors, years: yearCount,
                                         using: &generator))
        }
        var gaps = Xoshiro256StarStar(seed: seed, stream: 1)
        punchGaps(into: &values, units: cities.count, years: yearCount, using: &gaps)

        var rowUnit: [Int32] = []
        var rowYear: [Int32] = []
        rowUnit.reserveCapacity(rowCount)
        rowYear.reserveCapacity(rowCount)
        for unit in cities.indices {
            for year in 0..<yearCount {
                rowUnit.append(Int32(unit))
                rowYear.append(Int32(year))
            }
        }
        let units = cities.map {
            PanelUnit(name: $0.name, group: $0.region, longitude: $0.longitude, latitude: $0.latitude)
        }
        do {
            return try Panel(units: units, groups: StudyRegions.names, years: years, system: system,
                             rowUnit: rowUnit, rowYear: rowYear, values: values)
        } catch {
            // Unreachable: the rows are built one per unit and year, already sorted, and
            // every column has one value per row (the tests check the table has unique
            // names and the model one entry per indicator), so `Panel.init` has nothing to
            // reject. A failure here is a bug in this file, not a problem with any input.
            preconditionFailure("DemoPanel built an invalid panel: \(error)")
        }
    }

    /// Marks about 1% of cells missing: each interior cell (years 1...n-2 of a series)
    /// starts a gap with chance ``DemoCalibration/gapStart``; a gap covers two years with
    /// chance ``DemoCalibration/gapOfTwo`` when the next year is interior too. The first and
    /// last year of every series are never missing, so imputation needs no edge rule.
    static func punchGaps<G: RandomNumberGenerator>(into values: inout [[Double]], units: Int, years: Int,
                                                    using generator: inout G) {
        guard years >= 3 else { return }
        for unit in 0..<units {
            let base = unit * years
            for indicator in values.indices {
                var year = 1
                while year <= years - 2 {
                    let starts = generator.uniform() < DemoCalibration.gapStart
                    let long = generator.uniform() < DemoCalibration.gapOfTwo
                    if starts {
                        values[indicator][base + year] = .nan
                        if long && year + 1 <= years - 2 {
                            values[indicator][base + year + 1] = .nan
                            year += 1
                        }
                        year += 1  // a gap is followed by at least one observed year
                    }
                    year += 1
                }
            }
        }
    }
}

/// The shared latent factors of each city (see ``DemoIndicatorModel``), drawn once per
/// seed from their own stream.
struct DemoCityFactors {
    var size: [Double]
    var development: [Double]
    var industry: [Double]
    /// 1 for a resource-based city, else 0.
    var resource: [Double]
    var basin: [Double]
    /// Index of each city's province in the flattened ``PanelData/StudyRegions/provinces``.
    var province: [Int]
    var provinceCount: Int

    init(cities: [DemoCity], seed: UInt64) {
        var generator = Xoshiro256StarStar(seed: seed, stream: 0)
        let provinces = StudyRegions.provinces.flatMap { $0 }
        var provinceIndex: [String: Int] = [:]
        for (index, name) in provinces.enumerated() { provinceIndex[name] = index }
        provinceCount = provinces.count
        province = cities.map { provinceIndex[$0.province] ?? 0 }
        size = []
        development = []
        industry = []
        resource = []
        basin = []
        var seen = Set<String>()
        for city in cities {
            // The table lists each province's capital first.
            let isCapital = seen.insert(city.province).inserted
            let s = generator.standardNormal() + (isCapital ? DemoCalibration.capitalSize : 0)
                + DemoCalibration.regionSize[city.region]
            let d = DemoCalibration.developmentFromSize * s
                + DemoCalibration.developmentSD * generator.standardNormal()
                + DemoCalibration.regionDevelopment[city.region]
            let provinceIndustry = DemoCalibration.provinceIndustry[city.province] ?? 0
            let k = provinceIndustry + DemoCalibration.industrySD * generator.standardNormal()
            let resourceChance = DemoCalibration.resourceShare
                + DemoCalibration.resourceShareFromIndustry * provinceIndustry
            let r: Double = generator.uniform() < resourceChance ? 1 : 0
            size.append(s)
            development.append(d)
            industry.append(k)
            resource.append(r)
            basin.append(DemoCalibration.basin(longitude: city.longitude, latitude: city.latitude))
        }
    }
}

extension DemoIndicatorModel {
    /// The latent value of a level in the indicator's unit (the inverse of the scale).
    func latent(_ level: Double) -> Double {
        switch scale {
        case .logNormal: return log(level)
        case .percent: return log(level / (100 - level))
        }
    }

    /// The value in the indicator's unit of a latent value, rounded to `decimals`.
    func value(_ z: Double) -> Double {
        let raw: Double
        switch scale {
        case .logNormal: raw = exp(z)
        case .percent: raw = 100 / (1 + exp(-z))
        }
        let factor = pow(10, Double(decimals))
        return (raw * factor).rounded() / factor
    }

    /// One column of the panel (rows unit-major, then year), complete (no missing cells).
    func generate<G: RandomNumberGenerator>(cities: [DemoCity], factors: DemoCityFactors, years: Int,
                                            using generator: inout G) -> [Double] {
        precondition(path.count == years && spread.count == years,
                     "time path or spread of \(id) has \(path.count) or \(spread.count) values for \(years) years")
        let c0 = latent(start), c1 = latent(end)
        let provinceEffect = (0..<factors.provinceCount).map { _ in provinceSD * generator.standardNormal() }
        let persistence = DemoCalibration.noisePersistence
        let innovation = noiseSD * (1 - persistence * persistence).squareRoot()
        var isOutlier = [Bool](repeating: false, count: cities.count)
        var outliersLeft = min(outlierCount, cities.count)
        while outliersLeft > 0 {
            let pick = Int(generator.next() % UInt64(cities.count))  // modulo bias ~1e-17: irrelevant
            if !isOutlier[pick] {
                isOutlier[pick] = true
                outliersLeft -= 1
            }
        }
        var column: [Double] = []
        column.reserveCapacity(cities.count * years)
        for (i, city) in cities.enumerated() {
            let draw = generator.standardNormal()  // drawn for outliers too, keeping the stream aligned
            let own = isOutlier[i] ? outlierShift : draw * citySD * regionSpread[city.region]
            let drift = trendSD * generator.standardNormal()
            let deviation = region[city.region] + size * factors.size[i] + development * factors.development[i]
                + industry * factors.industry[i] + resource * factors.resource[i] + basin * factors.basin[i]
                + provinceEffect[factors.province[i]] + own
            var noise = noiseSD * generator.standardNormal()
            for t in 0..<years {
                if t > 0 { noise = persistence * noise + innovation * generator.standardNormal() }
                let tau = Double(t) / Double(years - 1)
                let centre = c0 + path[t] * (c1 - c0)
                let z = centre + spread[t] * deviation + regionChange[city.region] * path[t] + drift * tau + noise
                column.append(value(z))
            }
        }
        return column
    }
}
