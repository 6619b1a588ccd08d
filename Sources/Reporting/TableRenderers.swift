import PanelData
import PanelIO

/// Renders a ``Table`` as CSV: a header row, then full-precision numbers. A range cell
/// becomes three columns (`x`, `x lower`, `x upper`).
public enum CSVTableRenderer {
    public static func render(_ table: Table) -> String {
        var header: [String] = []
        for (index, column) in table.columns.enumerated() {
            let isRange = table.rows.contains { row in
                if index < row.cells.count, case .range = row.cells[index] { return true }
                return false
            }
            header += isRange ? [column.header, column.header + " lower", column.header + " upper"] : [column.header]
        }
        var text = CSVText.line(header)
        for row in table.rows { text += CSVText.line(row.cells.flatMap(Table.machine)) }
        return text
    }
}

/// Renders a ``Table`` as GitHub-flavoured Markdown, marked cells in bold.
public enum MarkdownTableRenderer {
    public static func render(_ table: Table) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var lines = ["### \(escape(table.title))", ""]
        lines.append("| " + table.columns.map { escape($0.header) }.joined(separator: " | ") + " |")
        lines.append("|" + table.columns.map { $0.alignment == .right ? "---:" : ":---" }.joined(separator: "|") + "|")
        for row in table.rows {
            let cells = row.cells.enumerated().map { index, cell -> String in
                let text = escape(Table.display(cell))
                return row.marked.contains(index) && !text.isEmpty ? "**\(text)**" : text
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        if let note = table.note { lines += ["", escape(note)] }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Renders a ``Table`` as a LaTeX booktabs `table` (needs `\usepackage{booktabs}` and
/// nothing else), marked cells in bold, every label escaped.
///
/// Wide tables are fitted to the page (the `article` default text width, about 345pt):
/// the renderer measures each column by its widest text (in characters, plus two for the
/// column gap) and, when the total exceeds 80 characters, first lets the widest
/// left-aligned column of over 30 characters wrap as a ragged-right `p{}` column (no
/// narrower than 20 characters; rows then end in `\tabularnewline`, which
/// `\raggedright` leaves alone); then it sets the table in the normal size up to 62
/// characters, `\small` up to 70, `\footnotesize` with 4pt column gaps up to 80, and
/// `\scriptsize` with 2pt gaps beyond, where the tabular is also centred in a
/// `\makebox` of the line width, so that a table a little too wide reaches evenly into
/// both margins instead of overflowing to the right. The switches stay inside the `table` environment. (The
/// thresholds are calibrated on the study's tables compiled with pdflatex: no overfull
/// box in the `article` class.)
///
/// A title that starts with the study's number (`Table 4a. Dagum ...`) keeps that number:
/// the float sets `\thetable` to it (locally) and the caption is the rest of the title,
/// so LaTeX prints "Table 4a: Dagum ..." and `\ref{tab:NAME}` gives 4a.
///
/// A table with range cells (bootstrap intervals) is set in two lines per row and, when
/// still too wide, split into parts (``renderRanges(_:)``).
public enum LaTeXTableRenderer {
    public static func render(_ table: Table) -> String {
        if table.hasRanges { return renderRanges(table) }
        var widths = columnWidths(table)
        var spec = table.columns.map { $0.alignment == .right ? "r" : "l" }
        var wrapped: Int?
        if widths.reduce(0, +) > 80,
           let wide = table.columns.indices.filter({ table.columns[$0].alignment == .left && widths[$0] > 30 })
               .max(by: { widths[$0] < widths[$1] }) {
            let narrowed = max(20, widths[wide] - (widths.reduce(0, +) - 80))
            // About 0.5em per character of running text.
            spec[wide] = "p{\(NumberText.fixed(Double(narrowed) / 2, digits: 1))em}"
            widths[wide] = narrowed
            wrapped = wide
        }
        let rowEnd = wrapped == nil ? " \\\\" : " \\tabularnewline"
        let (number, caption) = numberedTitle(table.title)
        let total = widths.reduce(0, +)
        let boxed = total > 80
        var lines = ["\\begin{table}[htbp]", "\\centering"]
        lines += sizeCommands(total)
        if let number { lines.append("\\renewcommand{\\thetable}{\(LaTeXText.escape(number))}") }
        lines += [
            "\\caption{\(LaTeXText.escape(caption))}",
            "\\label{tab:\(LaTeXText.escape(table.name))}",
        ]
        if boxed { lines.append("\\makebox[\\linewidth][c]{%") }
        lines += [
            "\\begin{tabular}{\(spec.joined())}", "\\toprule",
            table.columns.map { LaTeXText.escape($0.header) }.joined(separator: " & ") + rowEnd, "\\midrule",
        ]
        for (index, row) in table.rows.enumerated() {
            if row.ruleAbove && index > 0 { lines.append("\\midrule") }
            let cells = row.cells.enumerated().map { column, cell -> String in
                var text = LaTeXText.escape(Table.display(cell))
                if row.marked.contains(column) && !text.isEmpty { text = "\\textbf{\(text)}" }
                return column == wrapped && !text.isEmpty ? "\\raggedright " + text : text
            }
            lines.append(cells.joined(separator: " & ") + rowEnd)
        }
        lines += ["\\bottomrule", "\\end{tabular}"]
        if boxed { lines.append("}") }
        if let note = table.note {
            lines += ["\\par\\smallskip", "{\\footnotesize \(LaTeXText.escape(note))}"]
        }
        lines.append("\\end{table}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Table 4a. Dagum ...` -> ("4a", "Dagum ..."); any other title -> (nil, title).
    static func numberedTitle(_ title: String) -> (number: String?, caption: String) {
        guard title.hasPrefix("Table "), let dot = title.range(of: ". ") else { return (nil, title) }
        let number = title[title.index(title.startIndex, offsetBy: 6)..<dot.lowerBound]
        guard !number.isEmpty, !number.contains(" "), number.first?.isNumber == true else { return (nil, title) }
        return (String(number), String(title[dot.upperBound...]))
    }

    /// Per column: its widest text (header or cell) in characters, plus 2 for the gap.
    static func columnWidths(_ table: Table) -> [Int] {
        var widths = table.columns.map { $0.header.count }
        for row in table.rows {
            for (index, cell) in row.cells.enumerated() where index < widths.count {
                widths[index] = max(widths[index], Table.display(cell).count)
            }
        }
        return widths.map { $0 + 2 }
    }

    static func sizeCommands(_ width: Int) -> [String] {
        switch width {
        case ...62: return []
        case ...70: return ["\\small"]
        case ...80: return ["\\footnotesize", "\\setlength{\\tabcolsep}{4pt}"]
        default: return ["\\scriptsize", "\\setlength{\\tabcolsep}{2pt}"]
        }
    }
}

/// Renders a ``Table`` as aligned plain text for the terminal, marked cells with `*`.
public enum TextTableRenderer {
    public static func render(_ table: Table) -> String {
        let texts = table.rows.map { row in
            row.cells.enumerated().map { index, cell in
                Table.display(cell) + (row.marked.contains(index) ? "*" : "")
            }
        }
        var widths = table.columns.map { $0.header.count }
        for row in texts {
            for (index, text) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], text.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, text in
                let pad = String(repeating: " ", count: max(0, widths[index] - text.count))
                return table.columns[index].alignment == .right ? pad + text : text + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var lines = [table.title, line(table.columns.map(\.header)),
                     widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        for (index, row) in texts.enumerated() {
            if table.rows[index].ruleAbove && index > 0 {
                lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
            }
            lines.append(line(row))
        }
        if let note = table.note { lines.append(note) }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The LaTeX escaper: every label that goes into `tables.tex` passes through it.
public enum LaTeXText {
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            case "&", "%", "$", "#", "_", "{", "}": out += "\\\(character)"
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "<": out += "\\textless{}"
            case ">": out += "\\textgreater{}"
            case "|": out += "\\textbar{}"
            default: out.append(character)
            }
        }
        return out
    }
}

import Foundation
