import Foundation  // exp

/// The tunable parameters of the synthetic demo panel, in one place.
///
/// ## The model
/// Every cell starts as a *latent* value z on a transformed scale, then becomes a value
/// in the indicator's unit:
///
///     z(i, t) = centre(t) + spread(t) * deviation(i) + regionChange[g(i)] * path(t)
///               + trend(i) * tau(t) + noise(i, t)
///     value   = exp(z)                      (scale .logNormal: a heavy right tail)
///     value   = 100 / (1 + exp(-z))         (scale .percent: a rate strictly inside 0...100)
///
/// rounded to `decimals`. Here tau(t) = (t - 2009) / 14 runs from 0 to 1, and
///
/// - centre(t) moves from the latent value of `start` (2009) to that of `end` (2023)
///   along `path`: centre(t) = c2009 + path[t] * (c2023 - c2009). A path value below 0
///   or above 1 overshoots (the 2011 setback of the emissions and the rates).
/// - deviation(i) = region[g(i)] + size * S(i) + development * D(i) + industry * K(i)
///   + resource * R(i) + basin * B(i) + province effect (normal, sd `provinceSD`)
///   + the city's own effect.
///   The city's own effect is normal with sd `citySD * regionSpread[g(i)]` (regions whose
///   cities differ more or less); for `outlierCount` cities (drawn at random per
///   indicator) it is instead exactly `outlierShift`, an upward outlier (the
///   Shenzhen-like cities that make min-max squeeze everyone else near 0); a negative
///   shift makes downward outliers (cities with almost no sewage treatment early on).
/// - spread(t) scales every city's deviation in year t (`spread`, 15 values; 1 keeps
///   the 2009 spread, below 1 the cities converge, as PM2.5 does).
/// - regionChange[g] * path(t) moves a whole region along the indicator's path (0 in
///   2009, the full shift when the path reaches 1): regions that catch up or fall behind.
///   With the emissions' path below 0 in 2011-2015 the shift briefly points the other way.
/// - trend(i) is normal with sd `trendSD` (cities drift apart a little).
/// - noise(i, t) is a stationary AR(1) with sd `noiseSD` and lag-one correlation
///   ``DemoCalibration/noisePersistence``.
///
/// The shared city factors (drawn once per seed, the same for every indicator):
///
/// - size S(i) = normal + `capitalSize` for a provincial capital + `regionSize[g]`
///   (log population scale: drives emissions, waste volumes, water supply);
/// - development D(i) = `developmentFromSize` * S(i) + normal * `developmentSD`
///   + `regionDevelopment[g]` (drives treatment rates, pipes, green space);
/// - industry K(i) = `provinceIndustry[province]` + normal * `industrySD` (heavy-industry
///   provinces emit more and reuse less);
/// - resource-based R(i) = 1 for a resource-based city (mining, metals, energy), else 0,
///   with chance `resourceShare` + `resourceShareFromIndustry` * `provinceIndustry[province]`:
///   the cluster of heavy emitters that gives emissions a right tail without a single
///   extreme maximum (so that min-max keeps a useful spread);
/// - basin B(i) = a bump centred on the North China Plain (``DemoCalibration/basin(longitude:latitude:)``),
///   for PM2.5.
///
/// Everything here is invented to look like prefecture-level city statistics; none of
/// it is an estimate from real data.
///
/// ## Calibration status
/// Tuned (issue 9) so that min-max (pooled), CRITIC and the composite score on the default
/// seed track the study's published aggregates (STUDY-FIGURES.md; checked by
/// `DemoCalibrationTests`, printed by `resilience demo-data --compare-study`). With the
/// default seed: dimension weights 0.375 / 0.240 / 0.385 (study 0.442 / 0.174 / 0.384);
/// national mean 0.564 (2009) to 0.651 (2023), within 0.014 of Table 3 in every year,
/// with the 2011 dip (-0.019) and the 2016 jump (+0.026); dimension means within 0.015
/// (Resistance), 0.0013 (Resilience) and 0.0065 (Adaptability) of Table 3; the Northeast
/// the lowest region in 14 of 15 years, Central and West above East from 2016; Gini
/// 0.0686 (2009) to 0.0528 (2023), -23%; between-region share 73.2-73.8%; source
/// shares resistance / resilience / adaptability 52 / 2 / 47% (2009), 64 / 1 / 35%
/// (2014), 43 / 3 / 54% (2023), resistance the largest source until 2018 and
/// adaptability from 2019 (the study: from 2018); the largest between-region cell
/// East-West resistance in 2009 and East-Central adaptability in 2023. Another seed
/// gives the same shapes but not these tolerances (the resilience outliers and the
/// resource-based cities are few, so the min-max ranges move with the seed).
///
/// What does what:
/// - resistance level, dip and jump: the resource-based cluster (`resource`, most of the
///   emissions' right tail; reversed, the many clean cities standardise near 1), the
///   emissions' region effects and per-region `regionSpread` (the city's own effect is
///   widest in the Central region), and the path `industrialEmissions` (its 2011-2015
///   setback and 2016 fall);
/// - the region order: the emissions' `regionChange` (Central's fall fastest, which
///   lifts it above the East after 2016) and the rates' `regionChange` (the West catching
///   up in solid-waste use, the Northeast in sewage treatment while its solid-waste use
///   falls behind, which keeps it the lowest region);
/// - the falling resistance share: the emissions fall (log scale), so their spread in
///   standardised units shrinks after 2016; the rising adaptability share: the
///   solid-waste utilisation rate's large `trendSD` (cities drift apart) and its
///   regional changes;
/// - the Gini: the emissions' and rates' `citySD`; the between-region share is about 73%
///   already when the regions are alike (because of the regions' sizes), and the region
///   effects move it little;
/// - resilience: the outliers (`outlierShift`: how hard min-max squeezes) keep its mean
///   near 0.02-0.03 and its source share under 3%.
struct DemoIndicatorModel: Sendable {
    /// How the latent value maps to the indicator's unit.
    enum Scale: Sendable {
        /// value = exp(z): log-normal, a heavy right tail; `start`/`end` are medians.
        case logNormal
        /// value = 100 / (1 + exp(-z)): a percentage in (0, 100); `start`/`end` are
        /// the rates of a typical city.
        case percent
    }

    /// The indicator id in ``PanelData/IndicatorSystem/study``.
    var id: String
    var scale: Scale
    /// The value of a city with every effect zero in 2009 and in 2023, in the
    /// indicator's unit (roughly the national median).
    var start: Double
    var end: Double
    /// Progress from `start` to `end` (latent scale) in each year 2009...2023; 15 values.
    var path: [Double]
    /// Latent shift per region (East, Central, West, Northeast).
    var region: [Double]
    /// Loadings on the shared city factors (size, development, industry, resource-based,
    /// basin).
    var size: Double = 0
    var development: Double = 0
    var industry: Double = 0
    var resource: Double = 0
    var basin: Double = 0
    /// Sd of the city's own persistent effect (latent scale).
    var citySD: Double
    /// Number of cities whose own effect is an outlier, and how far up (latent scale;
    /// negative: down). A fixed count, not a share, so that the min-max range (and with
    /// it every weight) does not hinge on how many outliers a seed happens to draw.
    var outlierCount: Int = 0
    var outlierShift: Double = 0
    /// Sd of a province-wide effect shared by the province's cities.
    var provinceSD: Double = 0.1
    /// Scale of every city's deviation from the centre in each year 2009...2023 (15
    /// values): 1 keeps the 2009 spread; below 1 the cities converge, above 1 they spread out.
    var spread: [Double] = DemoCalibration.constant
    /// Latent shift per region added along `path` (0 in 2009, the full value when the
    /// path reaches 1): regions that catch up or fall behind.
    var regionChange: [Double] = [0, 0, 0, 0]
    /// Scale of the city's own effect per region (regions whose cities differ more).
    var regionSpread: [Double] = [1, 1, 1, 1]
    /// Sd of a city's own drift over the whole period (latent scale).
    var trendSD: Double = 0.1
    /// Sd of the year-to-year noise (latent scale).
    var noiseSD: Double
    /// Decimal places kept.
    var decimals: Int
}

/// The parameter table of the demo panel (see ``DemoIndicatorModel`` for the model).
enum DemoCalibration {
    /// The first year and the number of years.
    static let firstYear = 2009
    static let yearCount = 15

    // MARK: Time paths (progress from the 2009 to the 2023 level, one value per year)

    /// 1 in every year (no change of spread).
    static let constant = [Double](repeating: 1, count: yearCount)
    /// Straight line from 2009 to 2023.
    static let linear: [Double] = (0..<yearCount).map { Double($0) / Double(yearCount - 1) }
    /// A spread that changes linearly from 1 (2009) to `end` (2023).
    static func ramp(to end: Double) -> [Double] {
        (0..<yearCount).map { 1 + (end - 1) * Double($0) / Double(yearCount - 1) }
    }
    /// Treatment and utilisation rates: up quickly in 2010, a setback in 2011 (the wider
    /// statistical coverage of that year takes in smaller, worse-equipped plants), up
    /// again to 2014, slower in 2015-2018, then rising to the 2023 level.
    static let treatmentRates: [Double] =
        [0, 0.25, 0.22, 0.38, 0.53, 0.6, 0.64, 0.65, 0.69, 0.72, 0.77, 0.82, 0.9, 0.97, 1]
    /// Industrial emissions: flat in 2010, a setback in 2011 (wider statistical coverage)
    /// that grows a little to 2015, a sharp fall in 2016 (the new survey scope and the
    /// action plans), then a steady decline.
    static let industrialEmissions: [Double] =
        [0, 0.03, -0.4, -0.43, -0.46, -0.51, -0.53, 0.29, 0.46, 0.62, 0.76, 0.88, 0.94, 0.97, 1]
    /// CO2: rising to a plateau around 2013, falling from 2016.
    static let carbon: [Double] =
        [0, -0.3, -0.6, -0.8, -0.9, -0.85, -0.8, -0.3, -0.1, 0.1, 0.3, 0.5, 0.7, 0.85, 1]
    /// PM2.5: wavering around the 2009 level to 2014 (a bad year in 2011), then the
    /// steady decline of the Air Pollution Action Plan years.
    static let fineParticles: [Double] =
        [0, 0.09, -0.1, 0.07, 0, 0.03, 0.16, 0.26, 0.37, 0.48, 0.6, 0.72, 0.82, 0.91, 1]

    // MARK: Shared city factors

    /// Size shift of a provincial capital (the first city of each province in the table).
    static let capitalSize = 1.0
    /// Size shift per region (East, Central, West, Northeast).
    static let regionSize = [0.3, 0.1, -0.25, -0.15]
    static let developmentFromSize = 0.2
    static let developmentSD = 0.8
    /// Development shift per region (East, Central, West, Northeast).
    static let regionDevelopment = [0.3, 0.0, -0.2, 0.0]
    static let industrySD = 0.8
    /// Chance of a resource-based city, and its increase per unit of province industry.
    static let resourceShare = 0.2
    static let resourceShareFromIndustry = 0.15
    /// Industry shift of the heavy-industry provinces (others 0).
    static let provinceIndustry: [String: Double] = [
        "Hebei": 0.8, "Shanxi": 1.0, "Inner Mongolia": 0.9, "Liaoning": 0.7, "Ningxia": 0.8,
        "Shandong": 0.5, "Henan": 0.5, "Jiangsu": 0.3, "Jilin": 0.3, "Heilongjiang": 0.3,
        "Gansu": 0.3, "Shaanxi": 0.3, "Xinjiang": 0.4, "Guizhou": 0.3,
        "Hainan": -0.8, "Fujian": -0.2, "Guangxi": -0.1, "Yunnan": -0.2, "Zhejiang": -0.1,
    ]
    /// Lag-one autocorrelation of the year-to-year noise.
    static let noisePersistence = 0.5

    /// The pollution basin: 1 at the centre of the North China Plain (115.5 E, 36.5 N),
    /// falling as a Gaussian of the distance in degrees (sd 6), minus 0.3 so that cities
    /// far from it sit a little below 0.
    static func basin(longitude: Double, latitude: Double) -> Double {
        let dx = longitude - 115.5, dy = latitude - 36.5
        return exp(-(dx * dx + dy * dy) / (2 * 6 * 6)) - 0.3
    }

    // MARK: Missing cells

    /// Chance that an interior cell (not the first or last year of its series) starts a gap.
    static let gapStart = 0.0095
    /// Chance that a gap is two years long, when the next year is interior too.
    static let gapOfTwo = 0.2

    // MARK: The indicators, in the order of IndicatorSystem.study

    static let indicators: [DemoIndicatorModel] = [
        // Resistance (all negative: less is better). Units as in IndicatorSystem.study.
        DemoIndicatorModel(
            id: "wastewater", scale: .logNormal, start: 2600, end: 2350, path: industrialEmissions,
            region: [0.23, -0.61, -0.23, 0.11], size: 0.15, industry: 0.04, resource: 1.4, citySD: 0.29,
            provinceSD: 0.08, spread: ramp(to: 1.05), regionChange: [-0.18, -0.68, -0.29, -0.13],
            regionSpread: [0.5, 0.96, 0.57, 0.66], trendSD: 0.1, noiseSD: 0.06, decimals: 2),
        DemoIndicatorModel(
            id: "so2", scale: .logNormal, start: 35000, end: 28500, path: industrialEmissions,
            region: [0.13, -0.56, -0.03, 0.16], size: 0.15, industry: 0.04, resource: 1.4, citySD: 0.29,
            provinceSD: 0.08, spread: ramp(to: 1.05), regionChange: [-0.18, -0.68, -0.29, -0.13],
            regionSpread: [0.5, 0.96, 0.57, 0.66], trendSD: 0.1, noiseSD: 0.06, decimals: 0),
        DemoIndicatorModel(
            id: "dust", scale: .logNormal, start: 19000, end: 15600, path: industrialEmissions,
            region: [0.08, -0.56, -0.03, 0.26], size: 0.15, industry: 0.04, resource: 1.4, citySD: 0.29,
            provinceSD: 0.08, spread: ramp(to: 1.05), regionChange: [-0.18, -0.68, -0.29, -0.13],
            regionSpread: [0.5, 0.96, 0.57, 0.66], trendSD: 0.1, noiseSD: 0.08, decimals: 0),
        DemoIndicatorModel(
            id: "co2", scale: .logNormal, start: 2400, end: 2390, path: carbon, region: [0.23, -0.61, -0.18, 0.16],
            size: 0.15, industry: 0.03, resource: 1.01, citySD: 0.2, provinceSD: 0.08, spread: ramp(to: 1.05),
            regionChange: [-0.18, -0.68, -0.29, -0.13], regionSpread: [0.5, 0.96, 0.57, 0.66], trendSD: 0.1,
            noiseSD: 0.04, decimals: 2),
        // Resilience (all positive): mostly the city's own effect plus one outlier each, so
        // that min-max squeezes most cities near 0.
        DemoIndicatorModel(
            id: "park_green_pc", scale: .logNormal, start: 9.5, end: 14, path: linear, region: [0.1, 0, 0, -0.05],
            size: 0.04, development: 0.07, citySD: 0.25, outlierCount: 1, outlierShift: 1.7, provinceSD: 0.1,
            trendSD: 0.1, noiseSD: 0.08, decimals: 2),
        DemoIndicatorModel(
            id: "drainage_density", scale: .logNormal, start: 8, end: 12.5, path: linear,
            region: [0.15, 0, -0.1, -0.1], size: 0.04, development: 0.07, citySD: 0.25, outlierCount: 1,
            outlierShift: 1.7, provinceSD: 0.1, trendSD: 0.1, noiseSD: 0.08, decimals: 2),
        DemoIndicatorModel(
            id: "pop_density", scale: .logNormal, start: 400, end: 436, path: linear, region: [0.3, 0.2, -0.3, -0.2],
            size: 0.1, citySD: 0.29, outlierCount: 1, outlierShift: 1.7, provinceSD: 0.15, trendSD: 0.05,
            noiseSD: 0.03, decimals: 1),
        DemoIndicatorModel(
            id: "water_supply_pc", scale: .logNormal, start: 45, end: 56.8, path: linear, region: [0.2, 0, -0.1, 0],
            size: 0.24, development: 0.07, citySD: 0.25, outlierCount: 1, outlierShift: 1.7, provinceSD: 0.1,
            trendSD: 0.1, noiseSD: 0.08, decimals: 2),
        // Adaptability.
        DemoIndicatorModel(
            id: "sewage_treatment_rate", scale: .percent, start: 71.4, end: 94.1, path: treatmentRates,
            region: [0.67, 0.36, 0.4, -0.6], development: 0.4, citySD: 0.8, outlierCount: 6, outlierShift: -2.01,
            provinceSD: 0.15, regionChange: [-0.15, 0.68, 0.49, 1.34], trendSD: 0.2, noiseSD: 0.15, decimals: 2),
        DemoIndicatorModel(
            id: "solid_waste_util_rate", scale: .percent, start: 76.5, end: 81.9, path: treatmentRates,
            region: [-0.25, -0.56, -0.25, 0.23], industry: -0.1, resource: -1.4, citySD: 0.21, provinceSD: 0.2,
            regionChange: [0.37, 0.32, 0.9, -0.93], trendSD: 1.5, noiseSD: 0.2, decimals: 2),
        DemoIndicatorModel(
            id: "domestic_waste_collected", scale: .logNormal, start: 28, end: 60.3, path: linear,
            region: [0.2, 0, -0.1, 0], size: 0.17, citySD: 0.48, outlierCount: 1, outlierShift: 3.3, provinceSD: 0.1,
            trendSD: 0.1, noiseSD: 0.08, decimals: 2),
        DemoIndicatorModel(
            id: "pm25", scale: .logNormal, start: 60, end: 34.1, path: fineParticles,
            region: [0.07, -0.01, 0.13, -0.08], industry: 0.03, resource: 0.05, basin: 0.65, citySD: 0.07,
            outlierCount: 3, outlierShift: 0.6, provinceSD: 0.08, spread: ramp(to: 0.91), trendSD: 0.05,
            noiseSD: 0.07, decimals: 1),
    ]
}
