import Foundation
import PanelData
import PanelIO
import Testing

/// A demo-like panel: study indicators would be long to write out, so three indicators
/// in two dimensions; awkward unit names (comma, quotes, line break, non-ASCII); values
/// that test the shortest round-trip form; missing cells; an unbalanced unit; one unit
/// without coordinates; a configured group with no unit.
func demoLikePanel() throws -> Panel {
    let system = IndicatorSystem(dimensions: ["Resistance", "Adaptability"], indicators: [
        Indicator(id: "so2", name: "SO2", unit: "t", direction: .negative, dimension: 0),
        Indicator(id: "green", name: "Green", unit: "%", direction: .positive, dimension: 1),
        Indicator(id: "pm25", name: "PM2.5", unit: "ug/m^3", direction: .negative, dimension: 1),
    ])
    let units = [
        PanelUnit(name: "Xi'an, Shaanxi", group: 2, longitude: 108.94, latitude: 34.34),
        PanelUnit(name: "Say \"hi\"", group: 0, longitude: -0.0, latitude: 1e-7),
        PanelUnit(name: "New\nYork", group: 0),
        PanelUnit(name: "石家庄", group: 2, longitude: 114.514, latitude: 38.042),
    ]
    let rows: [(Int32, Int32, [Double])] = [
        (0, 0, [0.1, 1.0 / 3, 12]), (0, 1, [.nan, 2.0 / 3, 1e-300]), (0, 2, [123_456_789.123, 0, -2.5]),
        (1, 0, [.leastNonzeroMagnitude, 1e22, .nan]), (1, 2, [.greatestFiniteMagnitude, -0.0, 7]),
        (2, 1, [.nan, .nan, .nan]),
        (3, 0, [5e-5, 99.99, 35.875]), (3, 1, [1, 2, 3]), (3, 2, [4, 5, 6]),
    ]
    return try Panel(units: units, groups: ["East", "Central", "West"], years: [2009, 2010, 2011], system: system,
                     rowUnit: rows.map(\.0), rowYear: rows.map(\.1),
                     values: (0..<3).map { j in rows.map { $0.2[j] } })
}

/// Writes `panel` with LongCSVWriter and reads it back with LongPanelReader.
func writeAndReadBack(_ panel: Panel, _ configuration: AnalysisConfiguration,
               extraColumns: [(name: String, valueOfUnit: [String])] = []) throws -> (text: String, back: LoadedPanel) {
    var text = ""
    try LongCSVWriter.write(panel, configuration: configuration, extraColumns: extraColumns) { text += $0 }
    let folder = try TempFolder()
    let back = try LongPanelReader.readCSV(path: folder.write("panel.csv", text), configuration: configuration)
    return (text, back)
}

/// Same units (names, groups, coordinates), years, rows and values bit for bit (missing
/// = missing).
func expectSamePanel(_ a: Panel, _ b: Panel, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.units == b.units, sourceLocation: sourceLocation)
    #expect(a.groups == b.groups, sourceLocation: sourceLocation)
    #expect(a.years == b.years, sourceLocation: sourceLocation)
    #expect(a.rowUnit == b.rowUnit && a.rowYear == b.rowYear, sourceLocation: sourceLocation)
    #expect(a.values.count == b.values.count, sourceLocation: sourceLocation)
    for (x, y) in zip(a.values, b.values) {
        let same = x.count == y.count && zip(x, y).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
        #expect(same, "\(x) vs \(y)", sourceLocation: sourceLocation)
    }
}

@Suite("Long CSV writer")
struct LongCSVWriterTests {
    @Test("a demo-like panel written and read back is the same panel")
    func roundTripWithCoordinates() throws {
        let panel = try demoLikePanel()
        var configuration = AnalysisConfiguration(groups: ["East", "Central", "West"], coordinates: (longitude: "lon", latitude: "lat"),
                                                  system: panel.system)
        configuration.unitColumn = "city"
        let (text, back) = try writeAndReadBack(panel, configuration)
        #expect(text.hasPrefix("city,region,year,lon,lat,so2,green,pm25\n"))
        #expect(text.contains("\n\"Xi'an, Shaanxi\",West,2009,108.94,34.34,0.1,0.3333333333333333,12.0\n"))
        #expect(text.contains("\"New\nYork\",East,2010,,,,,\n"), "missing cells and coordinates are empty")
        expectSamePanel(back.panel, panel)
    }

    /// The writer's default configuration names coordinates (`.study` does); a panel with
    /// none must still read back with that configuration.
    @Test("a panel without coordinates reads back with a configuration that names them")
    func roundTripWithoutCoordinates() throws {
        var panel = try demoLikePanel()
        for index in panel.units.indices { panel.units[index].longitude = nil; panel.units[index].latitude = nil }
        let configuration = AnalysisConfiguration(groups: ["East", "Central", "West"],
                                                  coordinates: (longitude: "lon", latitude: "lat"), system: panel.system)
        let (_, back) = try writeAndReadBack(panel, configuration)
        expectSamePanel(back.panel, panel)

        // Without coordinates in the configuration it reads back.
        var plain = configuration
        plain.coordinates = nil
        expectSamePanel(try writeAndReadBack(panel, plain).back.panel, panel)
    }

    /// With `groupFrom`, the mapped column is written as an extra column and the group as
    /// `group`; reading back maps the column again.
    @Test("a panel with groupFrom round-trips through the mapped column")
    func roundTripGroupFrom() throws {
        let panel = try demoLikePanel()
        let mapping = AnalysisConfiguration.GroupMapping(column: "province", map: [
            (key: "Hebei", group: "East"), (key: "Shanxi", group: "Central"), (key: "Shaanxi", group: "West"),
        ])
        let configuration = AnalysisConfiguration(groupSource: .mapped(mapping), groups: ["East", "Central", "West"],
                                                  coordinates: (longitude: "x", latitude: "y"), system: panel.system)
        let provinces = ["Shaanxi", "Hebei", "Hebei", "Shaanxi"]
        let (text, back) = try writeAndReadBack(panel, configuration, extraColumns: [("province", provinces)])
        #expect(text.hasPrefix("city,province,group,year,x,y,so2,green,pm25\n"))
        expectSamePanel(back.panel, panel)
        #expect(back.groupSourceValues == provinces)
    }

    @Test("CSVText quotes commas, quotes, line breaks and outer spaces",
          arguments: [("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
                      ("two\nlines", "\"two\nlines\""), ("cr\rhere", "\"cr\rhere\""), (" pad", "\" pad\""),
                      ("pad ", "\"pad \""), ("", ""), ("石家庄", "石家庄")])
    func csvField(text: String, field: String) {
        #expect(CSVText.field(text) == field)
    }

    @Test("CSVText.line joins with commas and ends with a newline")
    func csvLine() {
        #expect(CSVText.line(["a", "b,c", ""]) == "a,\"b,c\",\n")
    }
}
