import PanelData
import Testing
import Resilience
@testable import Reporting

/// tables.md and tables.tex: every study table, from the one table model.
@Suite("Table documents")
struct TableDocumentsTests {
    @Test("tables.md holds every study table with its title and its rows")
    func markdown() async throws {
        let tables = AnalysisTables(try await DemoResult.get())
        let text = TableDocuments.markdown(tables)
        #expect(tables.studyTables.count == 7)
        for table in tables.studyTables {
            #expect(text.contains("### " + table.title))
            let rows = text.components(separatedBy: "\n").filter { $0.hasPrefix("| ") }.count
            #expect(rows >= table.rows.count)
        }
        #expect(text.contains("SYNTHETIC"))
    }

    @Test("tables.tex holds every table as a booktabs float, and nothing that needs a preamble")
    func latex() async throws {
        let tables = AnalysisTables(try await DemoResult.get())
        let text = TableDocuments.latex(tables)
        let code = text.components(separatedBy: "\n").filter { !$0.hasPrefix("%") }.joined(separator: "\n")
        #expect(!code.contains("\\documentclass"))
        #expect(!code.contains("\\usepackage"))
        #expect(!code.contains("\\begin{document}"))
        #expect(text.components(separatedBy: "\\begin{table}").count - 1 == tables.documentTables.count)
        #expect(text.components(separatedBy: "\\toprule").count - 1 == tables.documentTables.count)
        #expect(text.components(separatedBy: "\\bottomrule").count - 1 == tables.documentTables.count)
        for table in tables.documentTables {
            // "Table 4a. Dagum ..." keeps its number: \thetable is 4a, the caption the rest.
            let (number, caption) = LaTeXTableRenderer.numberedTitle(table.title)
            #expect(number != nil, "\(table.title)")
            #expect(text.contains("\\renewcommand{\\thetable}{\(number ?? "")}\n\\caption{\(LaTeXText.escape(caption))}"))
            #expect(text.contains("\\label{tab:\(table.name)}"))
        }
        #expect(LaTeXTableRenderer.numberedTitle("Table 4a. Dagum terms") == ("4a", "Dagum terms"))
        #expect(LaTeXTableRenderer.numberedTitle("Weights. Of indicators").number == nil)
        // Table 6 marks its largest cells in bold.
        #expect(text.contains("\\textbf{"))
        // Every row has as many cells as the header: count the & of each row of Table 1.
        let weights = LaTeXTableRenderer.render(tables.weightsTable)
        let rows = weights.components(separatedBy: "\n").filter { $0.hasSuffix("\\\\") || $0.hasSuffix("\\tabularnewline") }
        #expect(rows.count == tables.weightsTable.rows.count + 1)
        #expect(rows.allSatisfy { $0.components(separatedBy: " & ").count == tables.weightsTable.columns.count })
    }

    @Test("LaTeX labels are escaped")
    func escaping() {
        let table = Table(name: "t", title: "50% of A_B & {C} #1 $2 ~ ^", columns: [Table.Column("x_1")],
                          rows: [Table.Row([.text("a\\b")])])
        let text = LaTeXTableRenderer.render(table)
        #expect(text.contains("\\caption{50\\% of A\\_B \\& \\{C\\} \\#1 \\$2 \\textasciitilde{} \\textasciicircum{}}"))
        #expect(text.contains("x\\_1 \\\\"))
        #expect(text.contains("\\caption{50\\%"))
        #expect(text.contains("a\\textbackslash{}b \\\\"))
    }

    @Test("wide tables are set smaller inside their float", arguments: [(3, nil), (12, "\\scriptsize")] as [(Int, String?)])
    func size(columns: Int, command: String?) {
        let table = Table(name: "w", title: "W", columns: (0..<columns).map { Table.Column("column \($0)") },
                          rows: [Table.Row((0..<columns).map { _ in .number(0.012345, .fixed(4)) })])
        let text = LaTeXTableRenderer.render(table)
        if let command { #expect(text.contains(command)) } else { #expect(!text.contains("size")) }
    }

    @Test("--digits changes the decimals of every kind of cell")
    func digits() async throws {
        let result = try await DemoResult.get()
        let tables = AnalysisTables(result, digits: TableDigits(scores: 2, gini: 5, percent: 1))
        let first = try #require(result.yearly.first)
        let markdown = TableDocuments.markdown(tables)
        #expect(markdown.contains("| \(first.year) | \(NumberText.fixed(first.mean, digits: 2)) |"))
        #expect(markdown.contains(NumberText.fixed(first.decomposition.gini, digits: 5)))
    }
}

