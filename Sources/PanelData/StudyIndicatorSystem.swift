/// The indicator system of the 2025 urban ecological resilience study (METHOD.md
/// section 1, Table 1): 12 indicators in three dimensions. It is the built-in default
/// configuration and the system of the embedded demo panel.
public extension IndicatorSystem {
    /// Resistance, Resilience, Adaptability with their four indicators each.
    static let study = IndicatorSystem(
        dimensions: ["Resistance", "Resilience", "Adaptability"],
        indicators: [
            Indicator(id: "wastewater", name: "Industrial wastewater discharge", unit: "10^4 t", direction: .negative, dimension: 0),
            Indicator(id: "so2", name: "Industrial SO2 emissions", unit: "t", direction: .negative, dimension: 0),
            Indicator(id: "dust", name: "Industrial smoke and dust emissions", unit: "t", direction: .negative, dimension: 0),
            Indicator(id: "co2", name: "CO2 emissions", unit: "10^4 t", direction: .negative, dimension: 0),
            Indicator(id: "park_green_pc", name: "Park green space per capita", unit: "m^2 per person", direction: .positive, dimension: 1),
            Indicator(id: "drainage_density", name: "Drainage pipe density in built-up areas", unit: "km/km^2", direction: .positive, dimension: 1),
            Indicator(id: "pop_density", name: "Population density", unit: "persons/km^2", direction: .positive, dimension: 1),
            Indicator(id: "water_supply_pc", name: "Water supply per capita", unit: "t per person", direction: .positive, dimension: 1),
            Indicator(id: "sewage_treatment_rate", name: "Centralised sewage treatment rate", unit: "%", direction: .positive, dimension: 2),
            Indicator(id: "solid_waste_util_rate", name: "General industrial solid waste utilisation rate", unit: "%", direction: .positive, dimension: 2),
            Indicator(id: "domestic_waste_collected", name: "Domestic waste collected and transported", unit: "10^4 t", direction: .positive, dimension: 2),
            Indicator(id: "pm25", name: "PM2.5 concentration", unit: "ug/m^3", direction: .negative, dimension: 2),
        ])
}

/// The study's four regions and the provinces of each (National Bureau of Statistics;
/// METHOD.md section 1). The four municipalities and Tibet are excluded.
public enum StudyRegions {
    /// Region names in the study's order.
    public static let names = ["East", "Central", "West", "Northeast"]

    /// Provinces of each region, in the order of ``names``.
    public static let provinces: [[String]] = [
        ["Hebei", "Jiangsu", "Zhejiang", "Fujian", "Shandong", "Guangdong", "Hainan"],
        ["Shanxi", "Anhui", "Jiangxi", "Henan", "Hubei", "Hunan"],
        ["Inner Mongolia", "Guangxi", "Sichuan", "Guizhou", "Yunnan", "Shaanxi", "Gansu", "Qinghai", "Ningxia", "Xinjiang"],
        ["Liaoning", "Jilin", "Heilongjiang"],
    ]

    /// The study's number of cities per region: East 83, Central 80, West 80, Northeast 34.
    public static let cityCounts = [83, 80, 80, 34]

    /// Province name to region name.
    public static let regionOfProvince: [String: String] = {
        var map: [String: String] = [:]
        for (region, list) in zip(names, provinces) {
            for province in list { map[province] = region }
        }
        return map
    }()
}
