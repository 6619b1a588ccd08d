import Foundation
import Testing
import Resilience
@testable import Reporting

/// Ranges in the report's tables (issue 7, point 3): with a bootstrap, Tables 4a, 5 and 6
/// show `value [lower, upper]`; without one they are as before. tables.tex sets ranges on
/// two lines and splits a table too wide even so; report.html shows the interval under
/// the value and says how the intervals were made.
@Suite("bootstrap ranges in the tables")
struct BootstrapTablesTests {
    /// The value, lower and upper bound of a range cell, or nil for any other cell.
    static func range(_ cell: Table.Cell) -> (value: Double?, lower: Double?, upper: Double?)? {
        if case let .range(value, lower, upper, _) = cell { return (value, lower, upper) }
        return nil
    }

    /// Every cell after the label column is a range with both bounds and lower <= upper.
    static func expectRanges(_ table: Table, sourceLocation: SourceLocation = #_sourceLocation) {
        for row in table.rows {
            for cell in row.cells.dropFirst() {
                guard let range = range(cell), let lower = range.lower, let upper = range.upper else {
                    Issue.record("\(table.name): \(cell) is not a range with bounds", sourceLocation: sourceLocation)
                    continue
                }
                #expect(lower <= upper, "\(table.name)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("Table 4a: every term of every year is a range; G, Gw and Gb lie in their intervals")
    func dagum() async throws {
        let result = try await DemoBootstrapResult.get()
        let table = AnalysisTables(result).dagumTable
        #expect(table.rows.count == result.yearly.count)
        Self.expectRanges(table)
        // The large terms (G, the within total Gw, the between total Gb) lie inside their
        // percentile intervals. (A percentile interval need not hold the estimate, and the
        // small terms, Gw of the Northeast say, may miss it; the totals do not here.)
        let headers = table.columns.map(\.header)
        for name in ["G", "Gw", "Gb"] {
            let column = try #require(headers.firstIndex(of: name))
            for row in table.rows {
                let range = try #require(Self.range(row.cells[column]))
                let value = try #require(range.value), lower = try #require(range.lower), upper = try #require(range.upper)
                #expect(lower <= value && value <= upper, "\(name) \(row.cells[0])")
            }
        }
        #expect(table.note?.contains("In brackets: 90% bootstrap interval (39 replicates), percentile method.") == true)
        // The values are those of the plain table.
        let plain = AnalysisTables(try await DemoResult.get()).dagumTable
        for (ranged, number) in zip(table.rows, plain.rows) {
            #expect(ranged.cells.dropFirst().map { Self.range($0)?.value } == number.cells.dropFirst().map { cell -> Double? in
                if case let .number(value, _) = cell { return value }
                return nil
            })
        }
    }

    @Test("Table 5: G and each dimension's contribution rate are ranges, the rates in percent")
    func sources() async throws {
        let result = try await DemoBootstrapResult.get()
        let bootstrap = try #require(result.bootstrap)
        let table = AnalysisTables(result).sourcesTable
        Self.expectRanges(table)
        for (index, row) in table.rows.enumerated() {
            let d = result.yearly[index].decomposition
            for m in d.sources.indices {
                let range = try #require(Self.range(row.cells[2 + m]))
                #expect(range.value == d.contributionRate(d.sources[m]))
                #expect(range.lower == bootstrap.years[index].sourceRates[m].lower)
                #expect(range.upper == bootstrap.years[index].sourceRates[m].upper)
            }
            let rates = d.sources.indices.compactMap { Self.range(row.cells[2 + $0])?.value }
            #expect(abs(rates.reduce(0, +) - 100) < 1e-9, "the source terms add up to G, to rounding")
        }
    }

    @Test("Table 6: every cell of the report's two-way tables is a range; the terminal's stays plain")
    func twoWay() async throws {
        let result = try await DemoBootstrapResult.get()
        let tables = AnalysisTables(result)
        let study = tables.studyTables.filter { $0.name.hasPrefix("table6-") }
        #expect(study.count == 2)
        for table in study {
            Self.expectRanges(table)
            #expect(!table.rows.flatMap(\.marked).isEmpty, "the largest cells stay marked")
            // The Total cell of the Total row is G with its interval.
            let total = try #require(table.rows.last?.cells.last.flatMap(Self.range))
            let year = try #require(result.yearly.firstIndex { table.name == "table6-twoway-\($0.year)" })
            #expect(total.value == result.yearly[year].decomposition.gini)
            #expect(total.lower == result.bootstrap?.years[year].gini.lower)
        }
        let terminal = tables.twoWayTable(year: try #require(result.yearly.first))
        #expect(!terminal.hasRanges)
        #expect(!TerminalSummary.render(result).contains("["))
    }

    @Test("without a bootstrap no table has a range and no note speaks of brackets")
    func noBootstrap() async throws {
        let tables = AnalysisTables(try await DemoResult.get())
        for table in tables.studyTables {
            #expect(!table.hasRanges, "\(table.name)")
            #expect(!(table.note ?? "").contains("In brackets"), "\(table.name)")
        }
        #expect(!TableDocuments.latex(tables).contains("(continued)"))
    }

    @Test("column parts: as few as the greedy split needs, columns spread evenly, the label column in each")
    func columnParts() {
        // Table 4a of the demo with ranges: Year (6) and 13 columns of 18 characters.
        let widths = [6] + Array(repeating: 18, count: 13)
        let parts = LaTeXTableRenderer.columnParts(widths, limit: 110)
        #expect(parts.map(\.count) == [5, 4, 4])
        #expect(parts.flatMap { $0 } == Array(1...13))
        // A table that fits stays whole.
        #expect(LaTeXTableRenderer.columnParts([6, 18, 18], limit: 110) == [[1, 2]])
        // An even spread that does not fit ([1, 2] and [3, 4]: 10 + 50 + 60 > 110) falls back
        // to the greedy parts.
        #expect(LaTeXTableRenderer.columnParts([10, 10, 10, 50, 60], limit: 110) == [[1, 2, 3], [4]])
    }

    @Test("tables.tex: ranges on two lines, wide tables in parts that keep the number, every row as wide as the header")
    func latex() async throws {
        let tables = AnalysisTables(try await DemoBootstrapResult.get())
        let text = TableDocuments.latex(tables)
        // Table 4a (13 term columns) comes in three parts; the others whole.
        #expect(text.components(separatedBy: "\\caption{Dagum decomposition of the Gini coefficient by group (continued)}").count - 1 == 2)
        #expect(text.contains("\\label{tab:table4a-dagum}"))
        #expect(text.contains("\\label{tab:table4a-dagum-part3}"))
        #expect(text.components(separatedBy: "\\addtocounter{table}{-1}").count - 1 == 2)
        // Every document table (the study tables, Table 7 Theil) plus the two extra parts of 4a.
        #expect(text.components(separatedBy: "\\begin{table}").count - 1 == tables.documentTables.count + 2)
        // No line starts with `[` (it would be read as the optional argument of `\\`).
        #expect(!text.components(separatedBy: "\n").contains { $0.hasPrefix("[") })
        // Table 5: a header, then per year a value line and an interval line, each with
        // as many cells as the header.
        let sources = LaTeXTableRenderer.render(tables.sourcesTable)
        let rows = sources.components(separatedBy: "\n").filter { $0.hasSuffix("\\\\") }
        #expect(rows.count == 1 + 2 * tables.sourcesTable.rows.count)
        #expect(rows.allSatisfy { $0.components(separatedBy: " & ").count == tables.sourcesTable.columns.count })
        #expect(rows[2].hasPrefix("{} & ["))
    }

    /// pdflatex, when the machine has it, compiles a document that inputs tables.tex with
    /// booktabs, without errors and without overfull boxes.
    @Test("tables.tex with ranges compiles with pdflatex", .enabled(if: Self.pdflatex != nil))
    func compiles() async throws {
        let pdflatex = try #require(Self.pdflatex)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resilience-tex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try TableDocuments.latex(AnalysisTables(try await DemoBootstrapResult.get()))
            .write(to: folder.appendingPathComponent("tables.tex"), atomically: true, encoding: .utf8)
        try "\\documentclass{article}\n\\usepackage{booktabs}\n\\begin{document}\n\\input{tables.tex}\n\\end{document}\n"
            .write(to: folder.appendingPathComponent("doc.tex"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdflatex)
        process.arguments = ["-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let log = try String(contentsOf: folder.appendingPathComponent("doc.log"), encoding: .utf8)
        #expect(!log.contains("Overfull"))
    }

    static let pdflatex: String? = ["/usr/bin/pdflatex", "/usr/local/bin/pdflatex", "/Library/TeX/texbin/pdflatex"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("report.html: ranges with the interval under the value, and the paragraph on how the intervals were made")
    func report() async throws {
        let result = try await DemoBootstrapResult.get()
        let html = try #require(ReportFiles.render(result).first { $0.name == "report.html" }?.text)
        #expect(html.contains("<br><span class=\"ci\">["))
        #expect(html.contains("span.ci {"))
        let paragraph = try #require(MethodText.paragraphs(result, options: ReportOptions()).first { $0.contains("bootstrap") })
        for words in ["stratified bootstrap with B = 39 replicates", "drawn with replacement", "stage decomposition",
                      "90% intervals are percentile intervals", "Seed 1;", "From 2009 to 2023 G changed by"] {
            #expect(paragraph.contains(words), "\(words)")
        }
        // Whether the first-to-last interval excludes 0 is stated, and agrees with the interval.
        let change = try #require(result.bootstrap?.years.last?.giniChangeFromFirst)
        let excludes = change.lower > 0 || change.upper < 0
        #expect(paragraph.contains(excludes ? "excludes 0" : "includes 0"))
        // Without a bootstrap the report has neither.
        let plain = try #require(ReportFiles.render(try await DemoResult.get()).first { $0.name == "report.html" }?.text)
        #expect(!plain.contains("<span class=\"ci\">"))
        #expect(!plain.contains("stratified bootstrap"))
    }
}
