import Foundation
import PanelData
import PanelIO
import TestSupport
import Testing

/// Writes `text` to a fresh `panel.csv` and reads it with `configuration`.
func readPanel(_ text: String, _ configuration: AnalysisConfiguration = testConfiguration()) throws -> LoadedPanel {
    let folder = try TempFolder()
    return try LongPanelReader.readCSV(path: folder.write("panel.csv", text), configuration: configuration)
}

/// The header of most tests below: columns 1 city, 2 region, 3 year, 4 a, 5 b.
let csvHeader = "city,region,year,a,b\n"

/// One bad input and where its diagnostic must point.
struct BadInput: CustomTestStringConvertible, Sendable {
    var label: String
    var text: String
    var place: Place
    var problem: String
    var found: String?
    var testDescription: String { label }
}

/// Each bad input of the reader's documented checks (LongPanelReader.swift), with the
/// line and the 1-based field number (column) worked out from the text.
let badInputs: [BadInput] = [
    BadInput(label: "non-numeric cell",
             text: csvHeader + "A1,North,2019,1,2\nA1,North,2020,abc,2\n",
             place: Place(3, 4), problem: "not a number in column `a`", found: "abc"),
    BadInput(label: "a thousands separator in strict mode",
             text: csvHeader + "A1,North,2019,1,\"1,234\"\n",
             place: Place(2, 5), problem: "not a number in column `b`", found: "1,234"),
    BadInput(label: "year 2019年",
             text: csvHeader + "A1,North,2019年,1,2\n",
             place: Place(2, 3), problem: "the year is not an integer", found: "2019年"),
    BadInput(label: "year 2019.5",
             text: csvHeader + "A1,North,2019,1,2\nA1,North,2019.5,1,2\n",
             place: Place(3, 3), problem: "the year is not an integer", found: "2019.5"),
    BadInput(label: "infinite value (word)",
             text: csvHeader + "A1,North,2019,inf,2\n",
             place: Place(2, 4), problem: "infinite value in column `a`", found: "inf"),
    BadInput(label: "infinite value (1e999 overflows)",
             text: csvHeader + "A1,North,2019,1,1e999\n",
             place: Place(2, 5), problem: "infinite value in column `b`", found: "1e999"),
    BadInput(label: "group not in groups",
             text: csvHeader + "A1,North,2019,1,2\nB1,East,2019,1,2\n",
             place: Place(3, 2), problem: "group `East` is not in the configured `groups`", found: "East"),
    BadInput(label: "a unit whose group changes (names the first line)",
             text: csvHeader + "A1,North,2019,1,2\nA1,South,2020,1,2\n",
             place: Place(3, 2), problem: "unit `A1` changes group from `North` (line 2) to `South`", found: "South"),
    BadInput(label: "duplicate unit-year row (names both lines)",
             text: csvHeader + "A1,North,2019,1,2\nB1,South,2019,1,2\nA1,North,2019,3,4\n",
             place: Place(4, 3), problem: "a second row for unit `A1` in year 2019 (the first is on line 2)", found: "2019"),
    // Too few fields: the first missing field is field 5 (as the first extra one is
    // field 6 below).
    BadInput(label: "too few fields",
             text: csvHeader + "A1,North,2019,1\n",
             place: Place(2, 5), problem: "the row has 4 fields but the header has 5", found: nil),
    // Too many fields: the first extra field is field 6.
    BadInput(label: "too many fields",
             text: csvHeader + "A1,North,2019,1,2,3\n",
             place: Place(2, 6), problem: "the row has 6 fields but the header has 5", found: nil),
    BadInput(label: "empty unit name",
             text: csvHeader + "A1,North,2019,1,2\n ,North,2020,1,2\n",
             place: Place(3, 1), problem: "the unit name is empty", found: nil),
    BadInput(label: "empty group",
             text: csvHeader + "A1,,2019,1,2\n",
             place: Place(2, 2), problem: "the group is empty", found: nil),
    BadInput(label: "a header naming a column twice",
             text: "city,region,year,a,b,a\nA1,North,2019,1,2,3\n",
             place: Place(1, 6), problem: "the header names column `a` twice", found: "a"),
    BadInput(label: "header only",
             text: csvHeader,
             place: Place(2, 1), problem: "the data file has a header but no data rows", found: nil),
    BadInput(label: "header and blank lines only",
             text: csvHeader + "\n,,,,\n\n",
             place: Place(2, 1), problem: "the data file has a header but no data rows", found: nil),
    BadInput(label: "empty file",
             text: "",
             place: Place(1, 1), problem: "the data file is empty", found: nil),
    BadInput(label: "blank file",
             text: "\n  \n\t\n",
             place: Place(1, 1), problem: "the data file is empty", found: nil),
    BadInput(label: "byte-order mark only",
             text: "\u{FEFF}",
             place: Place(1, 1), problem: "the data file is empty", found: nil),
    // A quoted unit name spanning lines 2-3 and one spanning 4-6 (two line breaks):
    // the bad cell's row starts on line 7.
    BadInput(label: "line numbers after quoted fields that span lines",
             text: csvHeader + "\"New\nYork\",North,2019,1,2\n\"X\n\nY\",North,2019,1,2\nB,North,2019,abc,2\n",
             place: Place(7, 4), problem: "not a number in column `a`", found: "abc"),
    BadInput(label: "the same with CRLF line ends, inside quotes too",
             text: (csvHeader + "\"New\nYork\",North,2019,1,2\n\"X\n\nY\",North,2019,1,2\nB,North,2019,abc,2\n")
                 .replacingOccurrences(of: "\n", with: "\r\n"),
             place: Place(7, 4), problem: "not a number in column `a`", found: "abc"),
    BadInput(label: "line numbers after a blank line",
             text: csvHeader + "A,North,2019,1,2\n\nA,North,2020,x,2\n",
             place: Place(4, 4), problem: "not a number in column `a`", found: "x"),
    BadInput(label: "line numbers after a byte-order mark",
             text: "\u{FEFF}" + csvHeader + "A,North,2019,1,2\nA,North,2020,1,?\n",
             place: Place(3, 5), problem: "not a number in column `b`", found: "?"),
]

@Suite("Long CSV reader")
struct LongPanelReaderTests {
    // MARK: - Good input

    /// fixtures/README.md: `small` has 12 cities in 3 groups (North 5, South 4, West 3),
    /// 2019-2022, 5 indicators, 3 interior gaps interpolated to 35.875, 9.375 and 8.75.
    @Test("the small fixture: 12 units, 3 groups, 4 years, 3 missing cells")
    func smallFixture() throws {
        let configuration = try ConfigurationLoader.load(path: Fixture.url("small/config.yaml").path)
        let loaded = try LongPanelReader.readCSV(path: Fixture.url("small/panel.csv").path, configuration: configuration)
        let panel = loaded.panel
        #expect(panel.units.count == 12)
        #expect(panel.groups == ["North", "South", "West"])
        #expect(panel.unitsPerGroup == [5, 4, 3])
        #expect(panel.years == [2019, 2020, 2021, 2022])
        #expect(panel.rowCount == 48)
        #expect(panel.missingCount == 3)
        #expect(panel.system.indicators.map(\.id) == ["green", "so2", "gdp", "unemp", "patents"])
        #expect(panel.units.first?.name == "A1")
        #expect(loaded.encoding == "UTF-8")
        #expect(loaded.warnings.isEmpty)
        // The first data row, line 2: A1,PA,North,2019,40.0,12.0,8.0,3.5,20.0.
        #expect(panel.values.map { $0[0] } == [40, 12, 8, 3.5, 20])
        #expect(panel.provenance?.rowLines.first == 2)
        #expect(panel.provenance?.yearColumn == 4)
        #expect(panel.provenance?.indicatorColumns == [5, 6, 7, 8, 9])

        let filled = try Imputation.fill(panel, edges: configuration.edges)
        let cells = filled.imputed.map { (panel.units[$0.unit].name, $0.year, panel.system.indicators[$0.indicator].id) }
        #expect(cells.map(\.0) == ["A2", "B3", "C1"])
        #expect(cells.map(\.1) == [2020, 2021, 2020])
        #expect(cells.map(\.2) == ["green", "gdp", "patents"])
        #expect(filled.imputed.map(\.value) == [35.875, 9.375, 8.75], "exact in binary: midpoints of dyadic values")
    }

    /// Reading and imputing each analyze fixture reproduces expected.json
    /// `input.imputed` (matched by unit, year and indicator; values to the README's
    /// tolerance max(1e-9 |e|, 1e-12); methods exactly) and `input.units`/`input.years`.
    @Test("reading and imputing reproduces the fixtures' input.imputed",
          arguments: ["small", "paperlike", "edge/missing_edges", "edge/constant_indicator", "edge/ties",
                      "edge/perfect_corr", "edge/single_city_region", "edge/zero_variance_year"])
    func fixtureImputation(fixture: String) throws {
        let configuration = try ConfigurationLoader.load(path: Fixture.url("\(fixture)/config.yaml").path)
        let loaded = try LongPanelReader.readCSV(path: Fixture.url("\(fixture)/panel.csv").path, configuration: configuration)
        let expected = try Fixture.json("\(fixture)/expected.json")
        let input = try #require(expected["input"] as? [String: Any])
        let panel = loaded.panel
        #expect(panel.units.count == input["units"] as? Int)
        #expect(panel.years == input["years"] as? [Int])
        let groups = try #require(input["groups"] as? [[String: Any]])
        #expect(panel.groups == groups.compactMap { $0["name"] as? String })
        #expect(panel.unitsPerGroup == groups.compactMap { $0["units"] as? Int })

        let result = try Imputation.fill(panel, edges: configuration.edges)
        let expectedCells = try #require(input["imputed"] as? [[String: Any]])
        #expect(result.imputed.count == expectedCells.count)
        var actual: [String: (Double, String)] = [:]
        for cell in result.imputed {
            let key = "\(panel.units[cell.unit].name)|\(cell.year)|\(panel.system.indicators[cell.indicator].id)"
            actual[key] = (cell.value, cell.method.rawValue)
        }
        for cell in expectedCells {
            let key = "\(cell["unit"] as? String ?? "?")|\(cell["year"] as? Int ?? 0)|\(cell["indicator"] as? String ?? "?")"
            let value = try #require(cell["value"] as? Double)
            guard let (got, method) = actual[key] else {
                Issue.record("\(fixture): no imputed cell \(key)")
                continue
            }
            #expect(abs(got - value) <= max(1e-9 * abs(value), 1e-12), "\(fixture) \(key): \(got) vs \(value)")
            #expect(method == cell["method"] as? String, "\(fixture) \(key)")
        }
        #expect(result.dropped.isEmpty)
    }

    /// The fixture lists its CSV columns in another order than the indicators
    /// (`...,a,b,const,c` against a, c, b, const); values follow the names.
    @Test("columns are found by name, not position")
    func columnsByName() throws {
        let configuration = try ConfigurationLoader.load(path: Fixture.url("edge/constant_indicator/config.yaml").path)
        let loaded = try LongPanelReader.readCSV(path: Fixture.url("edge/constant_indicator/panel.csv").path,
                                                 configuration: configuration)
        #expect(loaded.panel.system.indicators.map(\.id) == ["a", "c", "b", "const"])
        // First data row: P1,X,P,2020,3.0,7.0,5.0,2.0 (a, b, const, c).
        #expect(loaded.panel.values.map { $0[0] } == [3, 2, 7, 5])
    }

    @Test("quoted fields with commas, quotes and line breaks")
    func quotedFields() throws {
        let text = csvHeader + "\"Xi'an, Shaanxi\",North,2019,1,2\n\"New\nYork\",South,2019,3,4\n\"Say \"\"hi\"\"\",South,2019,5,6\n"
        let panel = try readPanel(text).panel
        #expect(panel.units.map(\.name) == ["Xi'an, Shaanxi", "New\nYork", "Say \"hi\""])
        #expect(panel.provenance?.rowLines == [2, 3, 5])
        #expect(panel.values == [[1, 3, 5], [2, 4, 6]])
    }

    @Test("CRLF line ends")
    func crlf() throws {
        let text = (csvHeader + "A1,North,2019,1.5,2\nA1,North,2020,,3\nB1,South,2019,4,5\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let panel = try readPanel(text).panel
        #expect(panel.units.map(\.name) == ["A1", "B1"])
        #expect(panel.values[0][0] == 1.5 && panel.values[0][1].isNaN && panel.values[1] == [2, 3, 5])
        #expect(panel.provenance?.rowLines == [2, 3, 4])
    }

    @Test("a UTF-8 byte-order mark before the header")
    func byteOrderMark() throws {
        let loaded = try readPanel("\u{FEFF}" + csvHeader + "A1,North,2019,1,2\n")
        #expect(loaded.panel.units.map(\.name) == ["A1"])
        #expect(loaded.encoding == "UTF-8 (BOM)")
    }

    /// fixtures/README has no GB18030 file; this one is built from the codec's bytes.
    @Test("a GB18030 CSV with Chinese names is read correctly")
    func gb18030File() throws {
        let folder = try TempFolder()
        let path = try folder.write("panel.csv", bytes: GB18030Bytes.csv)
        let loaded = try LongPanelReader.readCSV(path: path, configuration: testConfiguration(groups: nil))
        #expect(loaded.encoding == "GB18030")
        #expect(loaded.panel.units.map(\.name) == ["石家庄", "太原"])
        #expect(loaded.panel.groups == ["华北"])
        #expect(loaded.panel.values == [[1.5, 3], [2, 4]])
    }

    @Test("with encoding: utf-8 the GB18030 file is refused at its first bad byte")
    func gb18030WithUTF8() throws {
        let folder = try TempFolder()
        let path = try folder.write("panel.csv", bytes: GB18030Bytes.csv)
        var configuration = testConfiguration(groups: nil)
        configuration.encoding = .utf8
        let found = try diagnostic { try LongPanelReader.readCSV(path: path, configuration: configuration) }
        #expect(found.file == path)
        #expect(found.problem.contains("byte offset 23"), "21 header bytes, then CA AF (valid UTF-8), then BC: \(found)")
        #expect(Place(found) == Place(2, 1))
    }

    @Test("without configured groups, groups are in order of first appearance")
    func groupOrder() throws {
        let panel = try readPanel(csvHeader + "A,South,2019,1,2\nB,North,2019,1,2\nC,South,2019,1,2\n",
                                  testConfiguration(groups: nil)).panel
        #expect(panel.groups == ["South", "North"])
        #expect(panel.units.map(\.group) == [0, 1, 0])
    }

    /// Configured groups keep their order, even for a group with no unit.
    @Test("configured groups keep their order, empty groups included")
    func configuredGroupOrder() throws {
        let panel = try readPanel(csvHeader + "A,South,2019,1,2\n", testConfiguration(groups: ["North", "South"])).panel
        #expect(panel.groups == ["North", "South"])
        #expect(panel.unitsPerGroup == [0, 1])
    }

    @Test("groupFrom maps a column's values to groups and keeps each unit's value")
    func groupFrom() throws {
        var configuration = testConfiguration(groups: ["North", "South"])
        configuration.groupSource = .mapped(.init(column: "province", map: [(key: "PA", group: "North"),
                                                                         (key: "PB", group: "South")]))
        let text = "city,province,year,a,b\nA1,PA,2019,1,2\nB1,PB,2019,3,4\nA2,PA,2019,5,6\n"
        let loaded = try readPanel(text, configuration)
        #expect(loaded.panel.units.map(\.group) == [0, 1, 0])
        #expect(loaded.groupSourceValues == ["PA", "PB", "PA"])
    }

    @Test("a value missing from groupFrom.map is reported at its cell")
    func groupFromMissing() throws {
        var configuration = testConfiguration(groups: ["North", "South"])
        configuration.groupSource = .mapped(.init(column: "province", map: [(key: "PA", group: "North")]))
        let text = "city,province,year,a,b\nA1,PA,2019,1,2\nA2,PZ,2019,1,2\n"
        let found = try diagnostic { try readPanel(text, configuration) }
        #expect(Place(found) == Place(3, 2))
        #expect(found.problem == "`PZ` is not in `groupFrom.map`")
        #expect(found.hint.contains("PZ: <group>"))
    }

    /// Coordinates are per unit: a row without them takes them from another row.
    @Test("coordinates are read per unit")
    func coordinates() throws {
        var configuration = testConfiguration()
        configuration.coordinates = (longitude: "lon", latitude: "lat")
        let text = "city,region,year,lon,lat,a,b\nA,North,2019,,,1,2\nA,North,2020,114.51,38.04,1,2\nB,South,2019,112.55,37.87,3,4\nC,South,2019,,,5,6\n"
        let units = try readPanel(text, configuration).panel.units
        #expect(units.map(\.longitude) == [114.51, 112.55, nil])
        #expect(units.map(\.latitude) == [38.04, 37.87, nil])
    }

    @Test("a coordinate that is not a number is reported at its cell")
    func badCoordinate() throws {
        var configuration = testConfiguration()
        configuration.coordinates = (longitude: "lon", latitude: "lat")
        let text = "city,region,year,lon,lat,a,b\nA,North,2019,114.5,38°N,1,2\n"
        let found = try diagnostic { try readPanel(text, configuration) }
        #expect(Place(found) == Place(2, 5))
        #expect(found.problem == "the coordinate is not a number")
    }

    @Test("lenientNumbers reads thousands separators and percent signs")
    func lenientNumbers() throws {
        var configuration = testConfiguration()
        configuration.lenientNumbers = true
        let panel = try readPanel(csvHeader + "A,North,2019,\"1,234.5\",12.3%\n", configuration).panel
        #expect(panel.values == [[1234.5], [12.3]])
    }

    @Test("missing markers become missing cells; blank lines are skipped with a warning")
    func missingMarkers() throws {
        let loaded = try readPanel(csvHeader + "A,North,2019,NA,.\n\nA,North,2020,N/A,NaN\nA,North,2021,,1\n")
        #expect(loaded.panel.missingCount == 5)
        #expect(loaded.panel.provenance?.rowLines == [2, 4, 5])
        #expect(loaded.warnings.count == 1 && loaded.warnings[0].contains("1 blank line(s) skipped"))
    }

    @Test("an unbalanced panel keeps the rows it has")
    func unbalanced() throws {
        let panel = try readPanel(csvHeader + "A,North,2019,1,2\nA,North,2021,1,2\nB,South,2020,1,2\n").panel
        #expect(panel.years == [2019, 2020, 2021])
        #expect(panel.rowCount == 3)
        #expect(panel.rowYear == [0, 2, 1])
    }

    @Test("rows out of order are sorted, lines follow")
    func sorted() throws {
        let panel = try readPanel(csvHeader + "A,North,2020,2,0\nB,South,2019,3,0\nA,North,2019,1,0\n").panel
        #expect(panel.values[0] == [1, 2, 3])
        #expect(panel.provenance?.rowLines == [4, 2, 3])
    }

    // MARK: - Bad input

    @Test("each bad input is reported at its line and column", arguments: badInputs)
    func badInput(input: BadInput) throws {
        let folder = try TempFolder()
        let path = try folder.write("panel.csv", input.text)
        let found = diagnostics { try LongPanelReader.readCSV(path: path, configuration: testConfiguration()) }
        try #require(found.count == 1, "\(found.map(\.description))")
        #expect(Place(found[0]) == input.place, "\(found[0])")
        #expect(found[0].problem == input.problem, "\(found[0])")
        #expect(found[0].found == input.found)
        #expect(found[0].file == path)
        #expect(found[0].description.hasPrefix("error: \(path):\(input.place.line):\(input.place.column): "))
    }

    /// A configuration built in code has no file, so the missing column is reported at
    /// the data file's line 1, column 1; every missing column is listed.
    @Test("columns missing from the header (configuration built in code)")
    func missingColumns() throws {
        let folder = try TempFolder()
        let path = try folder.write("panel.csv", "city,zone,year,a\nA,North,2019,1\n")
        let found = diagnostics { try LongPanelReader.readCSV(path: path, configuration: testConfiguration()) }
        #expect(found.map(\.found) == ["region", "b"])
        #expect(found.allSatisfy { $0.file == path && Place($0) == Place(1, 1) })
        #expect(found.first?.problem == "the group column `region` is not in the header of \(path)")
        #expect(found.last?.problem == "the indicator column `b` is not in the header of \(path)")
    }

    /// A configuration read from a file: the missing column is reported where the
    /// configuration names it. `      - column: patnts` puts the value at line 9,
    /// column 17; `year: yaer` at line 2, column 7.
    @Test("a column missing from the header is reported at the configuration's line and column")
    func missingColumnAtConfiguration() throws {
        let folder = try TempFolder()
        let configurationPath = try folder.write("config.yaml", """
        unit: city
        year: yaer
        group: region
        dimensions:
          - name: D
            indicators:
              - column: a
                direction: positive
              - column: patnts
                direction: positive

        """)
        let configuration = try ConfigurationLoader.load(path: configurationPath)
        let dataPath = try folder.write("panel.csv", "city,region,year,a,patents\nA,North,2019,1,2\n")
        let found = diagnostics { try LongPanelReader.readCSV(path: dataPath, configuration: configuration) }
        try #require(found.count == 2, "\(found.map(\.description))")
        #expect(found.allSatisfy { $0.file == configurationPath })
        #expect(Place(found[0]) == Place(2, 7))
        #expect(found[0].hint.contains("did you mean `year`?"))
        #expect(Place(found[1]) == Place(9, 17))
        #expect(found[1].found == "patnts")
        #expect(found[1].hint.contains("did you mean `patents`?"))
        #expect(found[1].description.hasPrefix("error: \(configurationPath):9:17: the indicator column `patnts` is not in the header"))
    }

    @Test("several bad cells are reported together, in file order")
    func severalProblems() throws {
        let text = csvHeader + "A,North,2019,x,2\nA,North,2020,1,2\nB,South,2019,y,z\nC,North,20x9,1,2\nD,West,2019,1,2\n"
        let found = diagnostics { try readPanel(text) }
        #expect(found.map(Place.init) == [Place(2, 4), Place(4, 4), Place(4, 5), Place(5, 3), Place(6, 2)])
    }

    /// At most 20 problems (DiagnosticList.limit), then a note that more were found.
    @Test("more than 20 problems are truncated to 20")
    func truncation() throws {
        var text = csvHeader
        for year in 2000..<2025 { text += "A,North,\(year),bad,2\n" }
        do {
            _ = try readPanel(text)
            Issue.record("25 bad cells were accepted")
        } catch let list as DiagnosticList {
            #expect(list.diagnostics.count == 20)
            #expect(list.truncated)
            #expect(list.diagnostics.map(\.line) == Array(2...21))
            #expect(list.description.split(separator: "\n").count == 21)
            // The note names the first problem not listed (line 22, the 21st bad cell).
            let note = try #require(list.description.split(separator: "\n").last)
            #expect(note.hasSuffix("panel.csv:22:4: more problems follow from here; only the first 20 are listed; hint: fix these and run again"))
        }
    }

    @Test("exactly 20 problems are not truncated")
    func twentyProblems() throws {
        var text = csvHeader
        for year in 2000..<2020 { text += "A,North,\(year),bad,2\n" }
        do {
            _ = try readPanel(text)
            Issue.record("20 bad cells were accepted")
        } catch let list as DiagnosticList {
            #expect(list.diagnostics.count == 20)
            #expect(!list.truncated)
        }
    }

    @Test("a file that cannot be read")
    func unreadable() throws {
        let folder = try TempFolder()
        let path = folder.url.appendingPathComponent("absent.csv").path
        let found = try diagnostic { try LongPanelReader.readCSV(path: path, configuration: testConfiguration()) }
        #expect(found.problem == "cannot read the data file" && found.file == path)
    }
}
