import DemoPanel
import Foundation
import PanelData
import PanelIO
import Resilience
import Testing
@testable import Reporting

/// The tables, charts, terminal summary and report of a weighting sensitivity (issue 8,
/// point 4), on the demo panel with the five default methods.
@Suite("Sensitivity tables, charts and report")
struct SensitivityReportTests {
    static let shared = Task { () throws -> SensitivityResult in
        try await Sensitivity.run(panel: DemoPanel.make(), configuration: .study, source: "demo", synthetic: true,
                                  methods: Sensitivity.defaultMethods)
    }

    @Test("the CSV tables: one row per method and year, per method and indicator, per year and pair, per method")
    func csv() async throws {
        let result = try await Self.shared.value
        let tables = SensitivityTables(result)
        let (methods, years) = (result.methods.count, result.years.count)
        let indicators = result.reference.input.system.count
        #expect(tables.csvFiles.map(\.file) == ["sensitivity.csv", "sensitivity-weights.csv", "sensitivity-spearman.csv",
                                                "sensitivity-conclusions.csv"])
        #expect(tables.sensitivityCSV.rows.count == methods * years)
        #expect(tables.weightsCSV.rows.count == methods * indicators)
        #expect(tables.spearmanCSV.rows.count == years * methods * (methods - 1) / 2)
        #expect(tables.conclusionsCSV.rows.count == methods)
        let text = CSVTableRenderer.render(tables.sensitivityCSV)
        let entropy = try #require(result.runs.first { $0.weighting == .entropy })
        #expect(text.contains("entropy,\(entropy.yearly[0].year),"))
        #expect(text.contains(NumberText.roundTrip(entropy.yearly[0].decomposition.gini) ?? "-"))
    }

    @Test("the tables for people: weights side by side, Gini by year, shares, conclusions with the reference first")
    func tables() async throws {
        let result = try await Self.shared.value
        let tables = SensitivityTables(result)
        let system = result.reference.input.system
        #expect(tables.weightsTable.columns.map(\.header) == ["Indicator"] + result.methods.map(\.rawValue))
        #expect(tables.weightsTable.rows.count == system.count + system.dimensions.count)
        #expect(tables.giniTable.rows.count == result.years.count + 1, "one row per year and the change")
        #expect(tables.sharesTable().rows.count == 2 * result.methods.count)
        let conclusions = tables.conclusionsTable
        #expect(conclusions.rows.count == result.methods.count)
        #expect(Table.display(conclusions.rows[0].cells[5]) == "reference")
        #expect(conclusions.rows[0].marked.isEmpty)
        for (row, agreement) in zip(conclusions.rows, result.agreements) {
            #expect(row.marked.contains(1) == !agreement.largestSource)
            #expect(row.marked.contains(3) == !agreement.giniTrend)
        }
    }

    @Test("fig-sensitivity: one line per method with a point per year; the rank chart one line per other method")
    func charts() async throws {
        let result = try await Self.shared.value
        let figures = SensitivityReport.figures(result)
        #expect(figures.map(\.image.name) == ["fig-sensitivity", "fig-sensitivity-spearman"])
        let gini = try XMLTree.parse(figures[0].image.document)
        #expect(gini.seriesGroups.map { $0.attributes["data-series"] ?? "" } == result.methods.map(\.rawValue))
        #expect(gini.seriesGroups.allSatisfy { Int($0.attributes["data-points"] ?? "") == result.years.count })
        #expect(gini.all("text").contains { $0.allText == "Gini coefficient under each weighting method" }, "titles are real SVG text")
        let ranks = try XMLTree.parse(figures[1].image.document)
        #expect(ranks.seriesGroups.count == result.methods.count - 1)
        #expect(ranks.seriesGroups.allSatisfy { $0.all("polyline", class: "line").map(\.pointCount).reduce(0, +) == result.years.count })
    }

    @Test("report.html of `resilience sensitivity`: self-contained, every link resolves, both charts inline")
    func page() async throws {
        let result = try await Self.shared.value
        let files = Dictionary(SensitivityReport.files(result).map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        #expect(Set(files.keys) == ["sensitivity.md", "sensitivity.tex", "fig-sensitivity.svg", "fig-sensitivity-spearman.svg",
                                    "report.html"])
        let html = try #require(files["report.html"])
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("id=\"synthetic-banner\""))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script src"))
        #expect(html.components(separatedBy: "<figure class=\"chart\"").count - 1 == 2)
        var rest = html[...]
        while let range = rest.range(of: "href=\"#") {
            let after = rest[range.upperBound...]
            let end = after.firstIndex(of: "\"") ?? after.endIndex
            #expect(html.contains("id=\"\(after[..<end])\""), "\(after[..<end])")
            rest = after[end...]
        }
        for sentence in SensitivityText.findings(result) { #expect(html.contains(XMLText.escape(sentence))) }
        let markdown = try #require(files["sensitivity.md"])
        for table in SensitivityTables(result).documentTables { #expect(markdown.contains("### " + table.title)) }
    }

    @Test("analyze --sensitivity: the section sits in the analyze report and its charts are written")
    func analyzeSection() async throws {
        let result = try await Self.shared.value
        let section = SensitivityReport.section(result)
        let files = Dictionary(ReportFiles.render(result.reference, sections: [section]).map { ($0.name, $0.text) },
                               uniquingKeysWith: { a, _ in a })
        #expect(files["fig-sensitivity.svg"] != nil)
        let html = try #require(files["report.html"])
        #expect(html.contains("<section id=\"sensitivity\">"))
        #expect(html.contains("<a href=\"#sensitivity\">"))
        #expect(html.contains("id=\"figure-fig-sensitivity\""))
    }

    @Test("the terminal summary fits 80 columns and names every method")
    func terminal() async throws {
        let result = try await Self.shared.value
        let text = SensitivitySummary.render(result)
        let long = text.split(separator: "\n").filter { $0.count > 80 }
        #expect(long.isEmpty, "\(long)")
        for method in result.methods { #expect(text.contains(method.rawValue)) }
        #expect(text.contains("Gini coefficient by year under each weighting method"))
        #expect(text.contains("SYNTHETIC"))
    }
}
