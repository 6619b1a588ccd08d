import PanelData
import PanelIO
import Testing

/// The configuration keys of the layouts: `layout`, `sheet`, `sheets`, `yearPattern`.
@Suite("layout keys of the configuration")
struct LayoutConfigurationTests {
    static let base = """
    unit: city
    year: year
    group: region
    dimensions:
      - name: D
        indicators:
          - {column: a, direction: positive}

    """

    /// The diagnostics of a configuration that must be refused.
    static func problems(_ extra: String) -> [Diagnostic] {
        do {
            _ = try ConfigurationLoader.parse(text: base + extra, file: "config.yaml")
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics
        } catch let diagnostic as Diagnostic {
            return [diagnostic]
        } catch {
            return []
        }
    }

    @Test("defaults: long layout, first sheet, all sheets, yearPattern (\\d{4})")
    func defaults() throws {
        let configuration = try ConfigurationLoader.parse(text: Self.base, file: "config.yaml")
        #expect(configuration.layout == .long)
        #expect(configuration.sheet == nil && configuration.sheets == nil)
        #expect(configuration.yearPattern == #"(\d{4})"#)
    }

    @Test("the keys are read (YAML and JSON)")
    func reads() throws {
        let yaml = try ConfigurationLoader.parse(
            text: Self.base + "layout: wide-by-year\nsheets: ['2019', '2020']\nyearPattern: 'Y(\\d+)'\n", file: "c.yaml")
        #expect(yaml.layout == .wideByYear)
        #expect(yaml.sheets == ["2019", "2020"])
        #expect(yaml.yearPattern == #"Y(\d+)"#)
        let json = try ConfigurationLoader.parse(
            text: #"{"unit": "city", "year": "year", "group": "region", "layout": "long", "sheet": "Panel", "#
                + #""dimensions": [{"name": "D", "indicators": [{"column": "a", "direction": "positive"}]}]}"#,
            file: "c.json", isJSON: true)
        #expect(json.sheet == "Panel")
    }

    @Test("a key given with a layout it does not apply to is an error at its line", arguments: [
        ("layout: wide-by-year\nsheet: Panel\n", 9, "`sheet` applies to `layout: long` only"),
        ("sheets: [a, b]\n", 8, "`sheets` applies to `layout: wide-by-year` only"),
        ("layout: wide-by-indicator\nsheets: [a]\n", 9, "`sheets` applies to `layout: wide-by-year` only"),
        ("yearPattern: '(\\d{4})'\n", 8, "`yearPattern` applies to the wide layouts only"),
    ])
    func misplacedKeys(extra: String, line: Int, problem: String) {
        let problems = Self.problems(extra)
        #expect(problems.count == 1)
        #expect(problems.first?.line == line)
        #expect(problems.first?.problem.hasPrefix(problem) == true, "\(problems)")
    }

    @Test("a yearPattern that is not a regular expression is an error naming it")
    func badPattern() {
        let problems = Self.problems("layout: wide-by-indicator\nyearPattern: '(\\d{4}'\n")
        #expect(problems.first?.problem.hasPrefix("`yearPattern` is not a usable regular expression") == true)
        #expect(problems.first?.found == #"(\d{4}"#)
        #expect(problems.first?.line == 9)
    }

    @Test("unknown keys are still caught, with a suggestion among the new keys")
    func typo() {
        let problems = Self.problems("sheeet: Panel\n")
        #expect(problems.first?.problem == "unknown key `sheeet`")
        #expect(problems.first?.hint.hasPrefix("did you mean `sheet`?") == true)
    }

    @Test("empty `sheet` and repeated `sheets` are refused")
    func emptyAndRepeated() {
        #expect(Self.problems("sheet: ''\n").first?.problem == "`sheet` is empty")
        #expect(Self.problems("layout: wide-by-year\nsheets: [a, a]\n").first?.problem == "`sheets` lists a sheet twice")
    }
}
