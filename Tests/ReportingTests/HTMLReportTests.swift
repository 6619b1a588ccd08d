import Foundation
import Testing
import Resilience
@testable import Reporting

/// report.html and the other report files of a run.
@Suite("Report")
struct HTMLReportTests {
    static func files(_ options: ReportOptions = ReportOptions()) async throws -> [String: String] {
        let result = try await DemoResult.get()
        return Dictionary(ReportFiles.render(result, options: options).map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
    }

    @Test("a run writes the seven charts, four maps, tables.md, tables.tex and report.html")
    func fileSet() async throws {
        let files = try await Self.files()
        let expected = ["fig-mean.svg", "fig-groups.svg", "fig-gini.svg", "fig-within.svg", "fig-within-between.svg",
                        "fig-sources.svg", "fig-density.svg", "fig-map-2009.svg", "fig-map-2014.svg", "fig-map-2018.svg",
                        "fig-map-2023.svg", "tables.md", "tables.tex", "report.html"]
        #expect(Set(files.keys) == Set(expected))
        for (name, text) in files where name.hasSuffix(".svg") {
            #expect(throws: Never.self, "\(name)") { _ = try XMLTree.parse(text) }
        }
    }

    @Test("report.html names no URL: no http(s) reference to a script, style, font or image")
    func selfContained() async throws {
        let html = try #require(try await Self.files()["report.html"])
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<script src"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("@font-face"))
        // The only url(...) are references to ids inside the page (map clip paths).
        var rest = html[...]
        while let range = rest.range(of: "url(") {
            #expect(rest[range.upperBound...].hasPrefix("#"))
            rest = rest[range.upperBound...]
        }
    }

    @Test("report.html: banner for synthetic data, contents that link to every section, table and figure")
    func structure() async throws {
        let html = try #require(try await Self.files()["report.html"])
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("id=\"synthetic-banner\""))
        #expect(html.contains("SYNTHETIC DATA."))
        var targets: [String] = []
        var rest = html[...]
        while let range = rest.range(of: "href=\"#") {
            let after = rest[range.upperBound...]
            let end = after.firstIndex(of: "\"") ?? after.endIndex
            targets.append(String(after[..<end]))
            rest = after[end...]
        }
        #expect(targets.count >= 3 + 7 + 7 + 4)
        for target in targets { #expect(html.contains("id=\"\(target)\""), "\(target)") }
        for id in ["findings", "input", "method", "tables", "charts", "maps"] { #expect(targets.contains(id)) }
        #expect(html.components(separatedBy: "<figure class=\"chart\"").count - 1 == 11)
        #expect(html.components(separatedBy: "<svg ").count - 1 == 11)
    }

    @Test("report.html shows the input: units, years, imputed cells")
    func input() async throws {
        let result = try await DemoResult.get()
        let html = try #require(try await Self.files()["report.html"])
        #expect(html.contains("<dt>Imputed cells</dt><dd>\(result.input.imputed.count)"))
        #expect(html.contains("<dt>Units</dt><dd>\(result.input.units.count) ("))
        #expect(html.contains("<dt>Synthetic</dt><dd>YES"))
        #expect(html.contains("<section id=\"method\">"))
    }

    @Test("every inline SVG is well-formed XML")
    func inlineSVG() async throws {
        let html = try #require(try await Self.files()["report.html"])
        var count = 0
        var rest = html[...]
        while let start = rest.range(of: "<svg "), let end = rest[start.lowerBound...].range(of: "</svg>") {
            _ = try XMLTree.parse(String(rest[start.lowerBound..<end.upperBound]))
            count += 1
            rest = rest[end.upperBound...]
        }
        #expect(count == 11)
    }

    @Test("the findings are written from the numbers")
    func findings() async throws {
        let result = try await DemoResult.get()
        let sentences = Findings.sentences(result)
        let first = try #require(result.yearly.first), last = try #require(result.yearly.last)
        let text = sentences.joined(separator: " ")
        let direction = last.decomposition.gini < first.decomposition.gini ? "fell" : "rose"
        #expect(text.contains("The Gini coefficient \(direction) from"))
        let dimensions = result.input.system.dimensions
        for year in [first, last] {
            let d = year.decomposition
            let top = try #require(d.sources.indices.max { d.sources[$0] < d.sources[$1] })
            #expect(text.contains(dimensions[top]))
        }
        let betweenDominates = [first, last].allSatisfy { $0.decomposition.betweenTotal > $0.decomposition.withinTotal }
        if betweenDominates { #expect(text.contains("Differences between groups dominate")) }
        #expect(text.contains("SYNTHETIC"))
    }

    @Test("options: map years, classes, quantile breaks and the Epanechnikov kernel reach the files")
    func options() async throws {
        let files = try await Self.files(ReportOptions(mapYears: [2010, 2020], classes: 3, breaks: .quantile, kernel: .epanechnikov))
        #expect(files["fig-map-2010.svg"] != nil && files["fig-map-2020.svg"] != nil && files["fig-map-2009.svg"] == nil)
        let map = try XMLTree.parse(try #require(files["fig-map-2010.svg"]))
        #expect(map.all("rect", class: "swatch").count == 3)
        let density = try XMLTree.parse(try #require(files["fig-density.svg"]))
        #expect(density.seriesGroups.count == 2)
        #expect(density.all("text").map(\.allText).joined().contains("Epanechnikov"))
        #expect(try #require(files["report.html"]).contains("quantiles"))
    }
}
