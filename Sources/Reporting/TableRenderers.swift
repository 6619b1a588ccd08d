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
/// Wide tables are set smaller so that they fit a page: from the widest text of each
/// column (in characters, plus two for the column gap) the renderer picks the normal
/// size up to 66 characters, `\small` up to 76, `\footnotesize` with 4pt column gaps
/// up to 90, and `\scriptsize` with 2pt gaps beyond (about 345pt of text width, the
/// `article` default). The size switches stay inside the `table` environment.
public enum LaTeXTableRenderer {
    public static func render(_ table: Table) -> String {
        let spec = table.columns.map { $0.alignment == .right ? "r" : "l" }.joined()
        var lines = ["\\begin{table}[htbp]", "\\centering"]
        lines += sizeCommands(estimatedWidth(table))
        lines += [
            "\\caption{\(LaTeXText.escape(table.title))}",
            "\\label{tab:\(LaTeXText.escape(table.name))}",
            "\\begin{tabular}{\(spec)}", "\\toprule",
            table.columns.map { LaTeXText.escape($0.header) }.joined(separator: " & ") + " \\\\", "\\midrule",
        ]
        for (index, row) in table.rows.enumerated() {
            if row.ruleAbove && index > 0 { lines.append("\\midrule") }
            let cells = row.cells.enumerated().map { column, cell -> String in
                let text = LaTeXText.escape(Table.display(cell))
                return row.marked.contains(column) && !text.isEmpty ? "\\textbf{\(text)}" : text
            }
            lines.append(cells.joined(separator: " & ") + " \\\\")
        }
        lines += ["\\bottomrule", "\\end{tabular}"]
        if let note = table.note {
            lines += ["\\par\\smallskip", "{\\footnotesize \(LaTeXText.escape(note))}"]
        }
        lines.append("\\end{table}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The width of the table in characters: per column its widest text plus 2.
    static func estimatedWidth(_ table: Table) -> Int {
        var widths = table.columns.map { $0.header.count }
        for row in table.rows {
            for (index, cell) in row.cells.enumerated() where index < widths.count {
                widths[index] = max(widths[index], Table.display(cell).count)
            }
        }
        return widths.reduce(0) { $0 + $1 + 2 }
    }

    static func sizeCommands(_ width: Int) -> [String] {
        switch width {
        case ...66: return []
        case ...76: return ["\\small"]
        case ...90: return ["\\footnotesize", "\\setlength{\\tabcolsep}{4pt}"]
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
