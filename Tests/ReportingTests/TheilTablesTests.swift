import Inequality
import PanelData
import Resilience
import Testing
@testable import Reporting

/// The Theil robustness check in the tables and the report (issue 8, point 5).
@Suite("Theil tables and the robustness section")
struct TheilTablesTests {
    @Test("theil.csv: one row per year, full precision, T = within + between in every row")
    func csv() async throws {
        let result = try await DemoResult.get()
        let tables = AnalysisTables(result)
        #expect(tables.csvFiles.map(\.file).contains("theil.csv"))
        let table = tables.theilCSV
        #expect(table.rows.count == result.yearly.count)
        #expect(table.columns.map(\.header).prefix(6) == ["year", "total", "within", "between", "withinShare", "betweenShare"])
        #expect(table.columns.count == 6 + 2 * result.input.groups.count)
        let csv = CSVTableRenderer.render(table)
        for (line, year) in zip(csv.split(separator: "\n").dropFirst(), result.yearly) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let (total, within, between) = (Double(fields[1]) ?? .nan, Double(fields[2]) ?? .nan, Double(fields[3]) ?? .nan)
            #expect(total == year.theil?.total, "full precision, \(year.year)")
            // The identity is checked in the module to 1e-10 x T; here it survives the round trip.
            #expect(abs(within + between - total) <= 1e-10 * total, "\(year.year)")
        }
    }

    @Test("Table 7 sits in tables.md and tables.tex after the study's tables, with Dagum's between shares beside Theil's")
    func table7() async throws {
        let result = try await DemoResult.get()
        let tables = AnalysisTables(result)
        let table = tables.theilTable
        #expect(LaTeXTableRenderer.numberedTitle(table.title).number == "7")
        #expect(table.rows.count == result.yearly.count)
        #expect(table.columns.map(\.header).suffix(3) == ["Theil between %", "Dagum Gb %", "Dagum Gnb %"])
        #expect(tables.documentTables.map(\.name) == tables.studyTables.map(\.name) + ["table7-theil"],
                "a pooled run has no weights-by-year table")
        #expect(TableDocuments.markdown(tables).contains("### " + table.title))
        #expect(TableDocuments.latex(tables).contains("\\label{tab:table7-theil}"))
        let first = try #require(result.yearly.first)
        let d = first.decomposition
        #expect(Table.display(table.rows[0].cells[table.columns.count - 2])
            == NumberText.fixed(try #require(d.contributionRate(d.betweenTotal)), digits: 2))
    }

    @Test("the report's robustness section compares the between shares of Dagum and Theil and says why they differ")
    func section() async throws {
        let result = try await DemoResult.get()
        let files = Dictionary(ReportFiles.render(result).map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        let html = try #require(files["report.html"])
        #expect(html.contains("<section id=\"robustness\">"))
        #expect(html.contains("<a href=\"#robustness\">"))
        #expect(html.contains("<table id=\"table7-theil\">"))
        let last = try #require(result.yearly.last)
        let share = try #require(last.theil?.betweenShare)
        let paragraphs = RobustnessText.paragraphs(result)
        #expect(paragraphs[0].contains(NumberText.fixed(share, digits: 2) + "%"))
        #expect(paragraphs[0].contains("Gb") && paragraphs[0].contains("Gnb"))
        #expect(paragraphs.last?.contains("transvariation") == true)
        for paragraph in paragraphs { #expect(html.contains(XMLText.escape(paragraph))) }
    }
}
