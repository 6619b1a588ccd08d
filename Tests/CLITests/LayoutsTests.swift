import Foundation
import Testing
import TestSupport

/// The demo panel as a long CSV and as `.xlsx` workbooks in the three layouts
/// (`xlsx/`, made by `scripts/make-xlsx-fixtures.py`) give the same results.json and the
/// same `resilience convert` output; a workbook saved by LibreOffice reproduces the small
/// fixture's independently computed expected.json.
@Suite("layouts and workbooks end to end")
struct LayoutsTests {
    static let layouts = ["long", "wide-by-year", "wide-by-indicator"]
    /// The results.json keys that must agree (the input section names its source file).
    static let resultKeys: Set<String> = ["weights", "dimensionWeights", "scores", "yearly", "summary",
                                          "standardization", "weighting"]

    /// Exact equality of parsed JSON values: the same keys, items, strings, and numbers with
    /// the same double (no tolerance).
    static func identical(_ a: Any?, _ b: Any?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x as [String: Any], y as [String: Any]):
            return x.count == y.count && x.allSatisfy { key, value in y[key] != nil && identical(value, y[key]) }
        case let (x as [Any], y as [Any]):
            return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
        case let (x as String, y as String): return x == y
        case let (x as NSNumber, y as NSNumber): return x.doubleValue.bitPattern == y.doubleValue.bitPattern
        case (is NSNull, is NSNull): return true
        default: return false
        }
    }

    /// `resilience init-config` with `layout:` set to `layout`, written into `folder`.
    static func studyConfiguration(layout: String, in folder: URL) throws -> String {
        let printed = try Binary.run(["init-config"])
        #expect(printed.status == 0, "stderr: \(printed.standardError)")
        let lines = printed.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("layout:") ? "layout: \(layout)" : String(line)
        }
        #expect(lines.contains("layout: \(layout)"))
        let url = folder.appendingPathComponent("config-\(layout).yaml")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Runs `analyze` and returns the parsed results.json.
    static func analyze(data: String, config: String?, folder: URL, name: String) throws -> [String: Any] {
        let out = folder.appendingPathComponent(name)
        let outcome = try Binary.run(["analyze", "--data", data, "--out", out.path, "--quiet"]
                                     + (config.map { ["--config", $0] } ?? []))
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        return try ExpectedResults.load(out.appendingPathComponent("results.json")) as? [String: Any] ?? [:]
    }

    @Test("the demo panel as .xlsx in each layout gives results.json identical to the long CSV's", arguments: layouts)
    func demoResults(layout: String) throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try Self.analyze(data: Fixture.url("xlsx/demo/panel.csv").path, config: nil, folder: folder, name: "csv")
        let config = try Self.studyConfiguration(layout: layout, in: folder)
        let workbook = try Self.analyze(data: Fixture.url("xlsx/demo-\(layout).xlsx").path, config: config,
                                        folder: folder, name: "xlsx")
        // Within the fixtures' tolerances ...
        let differences = ExpectedResults.differences(expected: csv, actual: workbook, keys: Self.resultKeys)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
        // ... and in fact identical: every number is the same double.
        for key in Self.resultKeys.sorted() {
            let same = Self.identical(csv[key], workbook[key])
            #expect(same, "results.json `\(key)` differs between the CSV and the \(layout) workbook")
        }
        let csvInput = csv["input"] as? [String: Any] ?? [:], workbookInput = workbook["input"] as? [String: Any] ?? [:]
        for key in ["units", "years", "groups", "indicators", "imputed", "dropped", "warnings"] {
            #expect(Self.identical(csvInput[key], workbookInput[key]), "input.\(key) differs")
        }
        #expect((csvInput["imputed"] as? [Any])?.count == 479)
        #expect(workbookInput["source"] as? String == Fixture.url("xlsx/demo-\(layout).xlsx").path)
    }

    @Test("resilience convert writes each workbook as the same long CSV as the CSV itself", arguments: layouts)
    func convert(layout: String) throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fromCSV = try Binary.run(["convert", "--data", Fixture.url("xlsx/demo/panel.csv").path, "--quiet"])
        #expect(fromCSV.status == 0, "stderr: \(fromCSV.standardError)")
        let config = try Self.studyConfiguration(layout: layout, in: folder)
        let out = folder.appendingPathComponent("converted.csv")
        let fromWorkbook = try Binary.run(["convert", "--data", Fixture.url("xlsx/demo-\(layout).xlsx").path,
                                           "--config", config, "--out", out.path])
        #expect(fromWorkbook.status == 0, "stderr: \(fromWorkbook.standardError)")
        #expect(fromWorkbook.standardOutput.isEmpty)
        #expect(fromWorkbook.standardError.contains("read 277 units, 4155 unit-years (2009-2023), 12 indicators, 479 missing cells"))
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written == fromCSV.standardOutput)
        #expect(written.hasPrefix("city,region,year,lon,lat,wastewater,so2,"))
        #expect(written.split(separator: "\n").count == 4156)
    }

    @Test("the converted CSV reads back to the same results (convert, then analyze with layout long)")
    func convertRoundTrip() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Self.studyConfiguration(layout: "wide-by-indicator", in: folder)
        let out = folder.appendingPathComponent("long.csv")
        let converted = try Binary.run(["convert", "--data", Fixture.url("xlsx/demo-wide-by-indicator.xlsx").path,
                                        "--config", config, "--out", out.path, "--quiet"])
        #expect(converted.status == 0, "stderr: \(converted.standardError)")
        let original = try Self.analyze(data: Fixture.url("xlsx/demo/panel.csv").path, config: nil, folder: folder, name: "a")
        let again = try Self.analyze(data: out.path, config: nil, folder: folder, name: "b")
        for key in Self.resultKeys.sorted() { #expect(Self.identical(original[key], again[key]), "\(key)") }
    }

    @Test("a workbook saved by LibreOffice 7.4 from small/panel.csv reproduces small/expected.json")
    func libreOffice() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let actual = try Self.analyze(data: Fixture.url("xlsx/libreoffice/small-long.xlsx").path,
                                      config: Fixture.url("small/config.yaml").path, folder: folder, name: "out")
        let expected = try ExpectedResults.load(Fixture.url("small/expected.json"))
        let differences = ExpectedResults.differences(expected: expected, actual: actual)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }

    @Test("bad cells in a workbook: exit 1, one line per cell naming sheet and cell, nothing written")
    func badCells() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = Fixture.url("xlsx/small-bad-cells.xlsx").path
        let out = folder.appendingPathComponent("out")
        let outcome = try Binary.run(["analyze", "--data", path, "--config", Fixture.url("small/config.yaml").path,
                                      "--out", out.path])
        #expect(outcome.status == 1)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("error: \(path):Panel!E3: not a number in column `green` (found \"abc\"); hint: ") == true)
        #expect(lines.last?.hasPrefix("error: \(path):Panel!G5: not a number in column `gdp` (found \"#N/A\")") == true)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let convert = try Binary.run(["convert", "--data", path, "--config", Fixture.url("small/config.yaml").path])
        #expect(convert.status == 1)
        #expect(convert.standardOutput.isEmpty)
    }

    @Test("convert refuses to overwrite its input (usage error, exit 2)")
    func convertOverwrite() throws {
        let path = Fixture.url("xlsx/demo/panel.csv").path
        let outcome = try Binary.run(["convert", "--data", path, "--out", path])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("--out names the input file"))
    }
}
