import Foundation
import PanelData
import PanelIO
import Testing

/// Every key of FORMATS.md "The configuration file", in YAML, with non-default values.
let everyKeyYAML = """
unit: town
year: yr
group: zone
groups: [East, West]
coordinates: {lon: x, lat: y}
standardization: per-year
weighting: entropy
edges: linear
lenientNumbers: true
encoding: gb18030
layout: wide-by-year
dimensions:
  - name: Resistance
    indicators:
      - column: so2
        name: SO2 emissions
        unit: t
        direction: negative
      - column: pm25
        direction: negative
  - name: Adaptability
    indicators:
      - column: green
        name: Green space
        unit: "%"
        direction: positive

"""

/// The same configuration as JSON.
let everyKeyJSON = """
{
  "unit": "town", "year": "yr", "group": "zone", "groups": ["East", "West"],
  "coordinates": {"lon": "x", "lat": "y"},
  "standardization": "per-year", "weighting": "entropy", "edges": "linear",
  "lenientNumbers": true, "encoding": "gb18030", "layout": "wide-by-year",
  "dimensions": [
    {"name": "Resistance", "indicators": [
      {"column": "so2", "name": "SO2 emissions", "unit": "t", "direction": "negative"},
      {"column": "pm25", "direction": "negative"}]},
    {"name": "Adaptability", "indicators": [
      {"column": "green", "name": "Green space", "unit": "%", "direction": "positive"}]}
  ]
}
"""

/// What both texts say, written out by hand.
let everyKeyExpected: AnalysisConfiguration = {
    var configuration = AnalysisConfiguration(
        unitColumn: "town", yearColumn: "yr", groupSource: .column("zone"), groups: ["East", "West"],
        coordinates: (longitude: "x", latitude: "y"), standardization: .perYear, weighting: .entropy,
        edges: .linear,
        system: IndicatorSystem(dimensions: ["Resistance", "Adaptability"], indicators: [
            Indicator(id: "so2", name: "SO2 emissions", unit: "t", direction: .negative, dimension: 0),
            // No name or unit: the name is the column, the unit empty.
            Indicator(id: "pm25", name: "pm25", unit: "", direction: .negative, dimension: 0),
            Indicator(id: "green", name: "Green space", unit: "%", direction: .positive, dimension: 1),
        ]),
        lenientNumbers: true, encoding: .gb18030, layout: .wideByYear)
    configuration.file = "unused"
    return configuration
}()

/// The smallest valid body after the column keys: one dimension, one indicator.
let minimalDimensions = """
dimensions:
  - name: D
    indicators:
      - column: a
        direction: positive

"""

@Suite("Configuration files")
struct ConfigurationTests {
    @Test("YAML: every key of FORMATS.md is read")
    func everyKeyInYAML() throws {
        let configuration = try ConfigurationLoader.parse(text: everyKeyYAML, file: "c.yaml")
        #expect(configuration == everyKeyExpected)
        #expect(configuration.coordinates?.longitude == "x" && configuration.coordinates?.latitude == "y")
        #expect(configuration.system.indicators.map(\.name) == ["SO2 emissions", "pm25", "Green space"])
        #expect(configuration.system.indicators.map(\.unit) == ["t", "", "%"])
        #expect(configuration.file == "c.yaml")
    }

    @Test("JSON: the same keys give the same configuration")
    func everyKeyInJSON() throws {
        let configuration = try ConfigurationLoader.parse(text: everyKeyJSON, file: "c.json", isJSON: true)
        #expect(configuration == everyKeyExpected)
    }

    @Test("load(path:) picks YAML or JSON by extension", arguments: ["c.yaml", "c.yml", "c.json"])
    func loadByExtension(name: String) throws {
        let folder = try TempFolder()
        let path = try folder.write(name, name.hasSuffix("json") ? everyKeyJSON : everyKeyYAML)
        let configuration = try ConfigurationLoader.load(path: path)
        #expect(configuration == everyKeyExpected)
        #expect(configuration.file == path)
    }

    /// Defaults (FORMATS.md): standardization pooled, weighting critic, edges nearest; no
    /// groups means first appearance; no coordinates; strict numbers; encoding auto; long.
    @Test("omitted keys take their defaults")
    func defaults() throws {
        let configuration = try ConfigurationLoader.parse(text: "unit: city\nyear: year\ngroup: region\n" + minimalDimensions,
                                                          file: "c.yaml")
        #expect(configuration.standardization == .pooled)
        #expect(configuration.weighting == .critic)
        #expect(configuration.edges == .nearest)
        #expect(configuration.groups == nil)
        #expect(configuration.coordinates == nil)
        #expect(configuration.lenientNumbers == false)
        #expect(configuration.encoding == .auto)
        #expect(configuration.layout == .long)
        #expect(configuration.groupSource == .column("region"))
    }

    /// `groupFrom` maps a column's values to groups; the map keeps the file's order.
    @Test("groupFrom: column and map")
    func groupFrom() throws {
        let text = """
        unit: city
        year: year
        groupFrom:
          column: province
          map: {Hebei: East, Shanxi: Central, Liaoning: Northeast}
        groups: [East, Central, Northeast]

        """ + minimalDimensions
        let configuration = try ConfigurationLoader.parse(text: text, file: "c.yaml")
        let expected = AnalysisConfiguration.GroupMapping(
            column: "province", map: [(key: "Hebei", group: "East"), (key: "Shanxi", group: "Central"),
                                      (key: "Liaoning", group: "Northeast")])
        #expect(configuration.groupSource == .mapped(expected))
        #expect(configuration.groups == ["East", "Central", "Northeast"])
    }

    @Test("weighting: given reads a weight per indicator")
    func givenWeights() throws {
        let text = """
        unit: city
        year: year
        group: region
        weighting: given
        dimensions:
          - name: D
            indicators:
              - {column: a, direction: positive, weight: 0.25}
              - {column: b, direction: negative, weight: 0.75}

        """
        let configuration = try ConfigurationLoader.parse(text: text, file: "c.yaml")
        #expect(configuration.weighting == .given)
        #expect(configuration.system.indicators.map(\.givenWeight) == [0.25, 0.75])
    }

    /// Given-weight mistakes, each at the line and column of the node concerned.
    @Test("given weights: negative, missing, or given without weighting: given",
          arguments: [
              ("weighting: given", "0.5", "-0.1", "a weight is negative", Place(9, 50)),
              ("weighting: given", "0.5", nil, "has no `weight` but `weighting` is `given`", Place(9, 9)),
              ("weighting: critic", "0.5", "0.5", "`weight` is given but `weighting` is not `given`", Place(8, 50)),
          ] as [(String, String, String?, String, Place)])
    func givenWeightErrors(weighting: String, first: String, second: String?, problem: String, place: Place) throws {
        let secondWeight = second.map { ", weight: \($0)" } ?? ""
        // Line 8 holds the first entry and line 9 the second, each starting at column 9
        // (`{`); a weight value starts at column 50 of
        // "      - {column: b, direction: negative, weight: -0.1}".
        let text = """
        unit: city
        year: year
        group: region
        \(weighting)
        dimensions:
          - name: D
            indicators:
              - {column: a, direction: positive, weight: \(first)}
              - {column: b, direction: negative\(secondWeight)}

        """
        let found = diagnostics { try ConfigurationLoader.parse(text: text, file: "c.yaml") }
        // weighting: critic with two weights reports both; the first is on line 8.
        let matching = found.filter { $0.problem.contains(problem) }
        try #require(!matching.isEmpty, "\(found.map(\.description))")
        #expect(matching.map(Place.init).contains(place), "\(matching.map(\.description))")
        #expect(matching.allSatisfy { $0.file == "c.yaml" })
    }

    /// Unknown keys are errors naming the key path, at the key's line and column, with a
    /// did-you-mean when a close key exists; all problems of the file come together.
    @Test("unknown keys and other problems are reported together with key paths and places")
    func unknownKeys() throws {
        let text = """
        unit: city
        year: year
        group: region
        weigthing: critic
        edges: sideways
        colour: red
        dimensions:
          - name: D
            indicators:
              - column: a
                directon: positive

        """
        let found = diagnostics { try ConfigurationLoader.parse(text: text, file: "conf.yaml") }
        func find(_ problem: String) -> Diagnostic? { found.first { $0.problem == problem } }

        let typo = try #require(find("unknown key `weigthing`"), "\(found.map(\.description))")
        #expect(Place(typo) == Place(4, 1))
        #expect(typo.found == "weigthing")
        #expect(typo.hint.contains("did you mean `weighting`?"))
        #expect(typo.description.hasPrefix("error: conf.yaml:4:1: unknown key `weigthing`"))

        let far = try #require(find("unknown key `colour`"))
        #expect(Place(far) == Place(6, 1))
        #expect(!far.hint.contains("did you mean"), "no allowed key is within 2 edits of colour")
        #expect(far.hint.contains("allowed here:") && far.hint.contains("standardization"))

        let nested = try #require(find("unknown key `dimensions[0].indicators[0].directon`"))
        #expect(Place(nested) == Place(11, 9))
        #expect(nested.hint.contains("did you mean `direction`?"))

        let choice = try #require(find("`edges` has an unknown value"))
        #expect(Place(choice) == Place(5, 8))
        #expect(choice.found == "sideways")
        #expect(choice.hint.contains("nearest, linear, error"))

        // The misspelt `directon` leaves the indicator without a direction.
        let noDirection = try #require(find("`dimensions[0].indicators[0]` has no `direction`"))
        #expect(Place(noDirection) == Place(10, 9))

        #expect(found.count == 5, "\(found.map(\.description))")
    }

    @Test("unknown keys in nested mappings: coordinates, groupFrom, a dimension",
          arguments: [
              ("coordinates: {lon: x, lat: y, alt: z}\n", "unknown key `coordinates.alt`", Place(4, 31)),
              ("groupFrom: {column: p, map: {A: B}, default: C}\n", "unknown key `groupFrom.default`", Place(4, 37)),
          ])
    func nestedUnknownKeys(line: String, problem: String, place: Place) throws {
        let text = "unit: city\nyear: year\n" + (line.hasPrefix("groupFrom") ? "" : "group: region\n")
            + (line.hasPrefix("groupFrom") ? "# (no group)\n" : "") + line + minimalDimensions
        let found = diagnostics { try ConfigurationLoader.parse(text: text, file: "c.yaml") }
        let match = try #require(found.first { $0.problem == problem }, "\(found.map(\.description))")
        #expect(Place(match) == place)
    }

    @Test("a dimension with an unknown key names its path")
    func dimensionUnknownKey() throws {
        let text = "unit: city\nyear: year\ngroup: region\n" + """
        dimensions:
          - name: D
            weight: 1
            indicators:
              - column: a
                direction: positive

        """
        let found = diagnostics { try ConfigurationLoader.parse(text: text, file: "c.yaml") }
        #expect(found.map(\.problem) == ["unknown key `dimensions[0].weight`"])
        #expect(found.map(Place.init) == [Place(6, 5)])
    }

    /// Structural problems, each at its node.
    @Test("missing or conflicting keys",
          arguments: [
              ("unit: city\nyear: year\n" + minimalDimensions, "no group column: neither `group` nor `groupFrom` is given"),
              ("unit: city\nyear: year\ngroup: region\n", "no `dimensions`: the configuration names no indicators"),
              ("unit: city\nyear: year\ngroup: region\ngroupFrom: {column: p, map: {A: B}}\n" + minimalDimensions,
               "both `group` and `groupFrom` are given"),
              ("unit: city\nyear: year\ngroup: region\ngroups: [A, B, A]\n" + minimalDimensions,
               "`groups` lists a group twice"),
              ("unit: city\nyear: year\ngroup: region\ncoordinates: {lon: x}\n" + minimalDimensions,
               "`coordinates` needs both `lon` and `lat`"),
              ("unit: city\nyear: year\ngroup: region\nlenientNumbers: maybe\n" + minimalDimensions,
               "`lenientNumbers` must be true or false"),
              ("unit: city\nyear: year\ngroup: region\ndimensions:\n  - name: D\n    indicators:\n      - column: a\n        direction: up\n",
               "`dimensions[0].indicators[0].direction` has an unknown value"),
              ("unit: city\nyear: year\ngroup: region\ndimensions:\n  - name: D\n    indicators:\n      - column: a\n        direction: positive\n      - column: a\n        direction: negative\n",
               "column `a` is used by two indicators"),
              ("unit: city\nyear: year\ngroup: region\ndimensions:\n  - name: D\n    indicators: []\n",
               "`dimensions[0].indicators` must be a non-empty list"),
              ("- just\n- a list\n", "the configuration must be a mapping of keys to values"),
          ])
    func structuralProblems(text: String, problem: String) throws {
        let found = diagnostics { try ConfigurationLoader.parse(text: text, file: "c.yaml") }
        #expect(found.contains { $0.problem == problem }, "\(found.map(\.description))")
        #expect(found.allSatisfy { $0.file == "c.yaml" && $0.line >= 1 && $0.column >= 1 })
    }

    /// Invalid YAML is reported at libyaml's mark: in `year: year: 2019` the second `:`
    /// (line 2, column 11) starts a mapping value where none is allowed.
    @Test("invalid YAML is reported with a line and column")
    func invalidYAML() throws {
        let found = try diagnostic { try ConfigurationLoader.parse(text: "unit: city\nyear: year: 2019\n", file: "bad.yaml") }
        #expect(found.problem.hasPrefix("invalid YAML"))
        #expect(Place(found) == Place(2, 11))
        #expect(found.file == "bad.yaml")
    }

    /// A control character is refused by libyaml's reader (before parsing); the message
    /// should still point at it: line 2, column 9 of `year: ye<BEL>ar`.
    @Test("a control character in YAML is reported at its line and column")
    func controlCharacter() throws {
        let found = try diagnostic { try ConfigurationLoader.parse(text: "unit: city\nyear: ye\u{7}ar\n", file: "bad.yaml") }
        #expect(found.problem.hasPrefix("invalid YAML"))
        #expect(Place(found) == Place(2, 9))
    }

    /// An unclosed flow sequence: `groups: [A, B` on line 3. Inside the brackets a line
    /// break is just a space, so libyaml only notices at line 4, where `weighting:`
    /// cannot continue the sequence; that is where the message points.
    @Test("an unclosed bracket in YAML is reported at the line where it fails")
    func unclosedBracket() throws {
        let found = try diagnostic {
            try ConfigurationLoader.parse(text: "unit: city\nyear: year\ngroups: [A, B\nweighting: critic\n", file: "bad.yaml")
        }
        #expect(found.problem.hasPrefix("invalid YAML"))
        #expect(found.line == 4, "\(found)")
    }

    /// Invalid JSON at the byte where the parser stopped: `}` on line 2, column 10 of
    /// ` "year": }`.
    @Test("invalid JSON is reported with a line and column")
    func invalidJSON() throws {
        let found = try diagnostic {
            try ConfigurationLoader.parse(text: "{\"unit\": \"city\",\n \"year\": }\n", file: "bad.json", isJSON: true)
        }
        #expect(found.problem == "invalid JSON")
        #expect(Place(found) == Place(2, 10))
    }

    @Test("an empty file, an unknown extension and non-UTF-8 bytes are errors at 1:1")
    func unreadable() throws {
        let folder = try TempFolder()
        let empty = try diagnostic { try ConfigurationLoader.parse(text: "", file: "e.yaml") }
        #expect(empty.problem == "the configuration file is empty" && Place(empty) == Place(1, 1))
        let text = try folder.write("c.txt", everyKeyYAML)
        let wrongExtension = try diagnostic { try ConfigurationLoader.load(path: text) }
        #expect(wrongExtension.problem == "unknown configuration format" && wrongExtension.found == ".txt")
        let latin1 = try folder.write("c.yaml", bytes: Array("unit: caf".utf8) + [0xE9, 0x0A])
        let notUTF8 = try diagnostic { try ConfigurationLoader.load(path: latin1) }
        #expect(notUTF8.problem == "the configuration file is not UTF-8 text")
        let missing = try diagnostic { try ConfigurationLoader.load(path: folder.url.appendingPathComponent("none.yaml").path) }
        #expect(missing.problem == "cannot read the configuration file")
    }

    /// `resilience init-config` prints `ConfigurationWriter.yaml(.study)`; reading it
    /// back must give `.study` itself (METHOD.md Table 1's indicators, the study regions).
    @Test("init-config: the written study configuration reads back equal")
    func initConfigRoundTrip() throws {
        let text = ConfigurationWriter.yaml(.study)
        let back = try ConfigurationLoader.parse(text: text, file: "config.yaml")
        #expect(back == .study)
        #expect(back.system.indicators.map(\.unit) == IndicatorSystem.study.indicators.map(\.unit))
        #expect(back.system.indicators.map(\.name) == IndicatorSystem.study.indicators.map(\.name))
        #expect(back.groups == ["East", "Central", "West", "Northeast"])
        #expect(back.coordinates?.longitude == "lon" && back.coordinates?.latitude == "lat")
        // And through a file, as a user would run it.
        let folder = try TempFolder()
        #expect(try ConfigurationLoader.load(path: folder.write("config.yaml", text)) == .study)
    }

    /// Names YAML would misread if written plain: booleans, numbers, `#`, `: `, quotes,
    /// backslashes, a leading `-` or space, brackets, non-ASCII.
    @Test("the writer quotes awkward names so they read back exactly",
          arguments: ["yes", "No", "null", "~", "2019", "1e3", "a: b", "# not a comment", "say \"hi\"",
                      "back\\slash", "- dash", " padded ", "[x]", "{y}", "石家庄", "10^4 t", "%", "m^2 per person",
                      "tab\there", "two\nlines", "carriage\rreturn", "bell\u{7}", "it's", "*alias", "&anchor", "!tag", "@at", "`tick`"])
    func awkwardNames(name: String) throws {
        var configuration = AnalysisConfiguration.study
        let indicators = configuration.system.indicators.enumerated().map { index, indicator in
            var changed = indicator
            if index == 0 { changed.name = name; changed.unit = name }
            return changed
        }
        configuration.system = IndicatorSystem(dimensions: [name] + configuration.system.dimensions.dropFirst(),
                                               indicators: indicators)
        configuration.groups = [name, "Other"]
        configuration.groupSource = .column(name)
        let text = ConfigurationWriter.yaml(configuration)
        // Control characters (CR, BEL, ...) must be escaped inside double quotes: YAML
        // folds a raw CR into a space, and libyaml refuses other C0 characters.
        let back = try ConfigurationLoader.parse(text: text, file: "c.yaml")
        #expect(back == configuration, "\(name.debugDescription)")
    }

    /// Every other choice also survives the writer: groupFrom, given weights, per-year,
    /// another edge policy, lenient numbers, encoding, layout, no coordinates.
    @Test("the writer round-trips groupFrom, given weights and every choice")
    func writerRoundTrip() throws {
        let system = IndicatorSystem(dimensions: ["One", "Two"], indicators: [
            Indicator(id: "a", name: "A", unit: "t", direction: .positive, dimension: 0, givenWeight: 0.125),
            Indicator(id: "b", name: "B", unit: "%", direction: .negative, dimension: 1, givenWeight: 0.875),
        ])
        let mapping = AnalysisConfiguration.GroupMapping(
            column: "province", map: [(key: "Hebei", group: "East"), (key: "Inner Mongolia", group: "West"),
                                      (key: "yes", group: "Central")])
        let configuration = AnalysisConfiguration(
            unitColumn: "town", yearColumn: "yr", groupSource: .mapped(mapping), groups: ["East", "Central", "West"],
            coordinates: nil, standardization: .perYear, weighting: .given, edges: .error, system: system,
            lenientNumbers: true, encoding: .utf8, layout: .wideByIndicator)
        let text = ConfigurationWriter.yaml(configuration)
        let back = try ConfigurationLoader.parse(text: text, file: "c.yaml")
        #expect(back == configuration)
        #expect(back.coordinates == nil)
        #expect(back.system.indicators.map(\.givenWeight) == [0.125, 0.875])
    }

    /// The wide layouts' keys (`sheets`, `yearPattern`) and the long layout's `sheet`
    /// must survive the writer too, or a configuration saved by the program reads back
    /// as another one.
    @Test("the writer round-trips the layout keys sheet, sheets and yearPattern")
    func writerLayoutKeys() throws {
        var wide = AnalysisConfiguration(system: twoIndicators, layout: .wideByYear)
        wide.sheets = ["2019", "2020"]
        wide.yearPattern = #"Y(\d{4})"#
        var long = AnalysisConfiguration(system: twoIndicators)
        long.sheet = "Panel data"
        for configuration in [wide, long] {
            let back = try ConfigurationLoader.parse(text: ConfigurationWriter.yaml(configuration), file: "c.yaml")
            #expect(back == configuration)

            #expect(back.layout == configuration.layout)
        }
    }

    /// The loader remembers where the column names stand (the value nodes), so that a
    /// column missing from the data can be reported there.
    @Test("locations of the column keys are remembered")
    func locations() throws {
        let text = """
        unit: town
        year: yr
        group: zone
        coordinates: {lon: x, lat: y}
        dimensions:
          - name: D
            indicators:
              - column: patents
                direction: positive

        """
        let configuration = try ConfigurationLoader.parse(text: text, file: "c.yaml")
        #expect(configuration.locations["unit"].map { Place($0.line, $0.column) } == Place(1, 7))
        #expect(configuration.locations["year"].map { Place($0.line, $0.column) } == Place(2, 7))
        #expect(configuration.locations["group"].map { Place($0.line, $0.column) } == Place(3, 8))
        #expect(configuration.locations["coordinates.lon"].map { Place($0.line, $0.column) } == Place(4, 20))
        #expect(configuration.locations["coordinates.lat"].map { Place($0.line, $0.column) } == Place(4, 28))
        #expect(configuration.locations["indicator:patents"].map { Place($0.line, $0.column) } == Place(8, 17))
    }
}
