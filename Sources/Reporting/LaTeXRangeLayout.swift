import PanelData

/// The LaTeX layout of a table with range cells (bootstrap intervals): `value [lower,
/// upper]` on one line would make Table 4a about 330 characters wide, so each row is set
/// on two lines, the values and under them the intervals `[lower, upper]`, with a little
/// space between rows. A column is as wide as its widest header, value or interval (in
/// characters, plus two for the gap).
///
/// A table wider than ``LaTeXTableRenderer/widestRangeTable`` characters even so is split
/// into parts of whole columns, each repeating the first (label) column and each at
/// most that wide, in as few parts as the greedy split needs, with the columns spread
/// evenly over them. The parts keep the table's number (`Table 4a`, then `Table 4a
/// (continued)`, with `\addtocounter{table}{-1}` so that the counter counts one table);
/// the first part has the label `tab:NAME`, part i the label `tab:NAME-partI`, and the
/// note goes under the last part. All parts are set in the size that
/// ``LaTeXTableRenderer/sizeCommands(_:)`` gives the widest of them.
extension LaTeXTableRenderer {
    /// The widest part of a range table, in characters: the width of the study's Table
    /// 4a without ranges, which the plain layout already sets in `\scriptsize` within the
    /// page.
    static let widestRangeTable = 110

    static func renderRanges(_ table: Table) -> String {
        var widths = table.columns.map { $0.header.count }
        for row in table.rows {
            for (index, cell) in row.cells.enumerated() where index < widths.count {
                let lines = Table.lines(cell)
                widths[index] = max(widths[index], lines.value.count, lines.interval.count)
            }
        }
        widths = widths.map { $0 + 2 }
        let parts = columnParts(widths, limit: widestRangeTable)
        // One size for all parts: that of the widest.
        let width = parts.map { columns in widths[0] + columns.reduce(0) { $0 + widths[$1] } }.max() ?? widths[0]
        return parts.enumerated().map { index, columns in
            renderRangePart(table, columns: [0] + columns, width: width, part: index, of: parts.count)
        }.joined(separator: "\n")
    }

    /// The columns after the first, split into consecutive parts that each fit `limit`
    /// together with the first column: as many parts as the greedy split needs, the
    /// columns spread evenly (the greedy parts when an even spread does not fit).
    static func columnParts(_ widths: [Int], limit: Int) -> [[Int]] {
        guard widths.count > 1 else { return [[]] }
        let columns = Array(1..<widths.count)
        let budget = limit - widths[0]
        var greedy: [[Int]] = [[]]
        var used = 0
        for column in columns {
            if !greedy[greedy.count - 1].isEmpty && used + widths[column] > budget {
                greedy.append([])
                used = 0
            }
            greedy[greedy.count - 1].append(column)
            used += widths[column]
        }
        let count = greedy.count
        guard count > 1 else { return greedy }
        var even: [[Int]] = []
        var start = 0
        for part in 0..<count {
            let size = columns.count / count + (part < columns.count % count ? 1 : 0)
            even.append(Array(columns[start..<(start + size)]))
            start += size
        }
        return even.allSatisfy({ $0.reduce(0) { $0 + widths[$1] } <= budget }) ? even : greedy
    }

    static func renderRangePart(_ table: Table, columns: [Int], width: Int, part: Int, of partCount: Int) -> String {
        let (number, caption) = numberedTitle(table.title)
        let boxed = width > 80
        var lines = ["\\begin{table}[htbp]", "\\centering"]
        lines += sizeCommands(width)
        if let number { lines.append("\\renewcommand{\\thetable}{\(LaTeXText.escape(number))}") }
        if part > 0 { lines.append("\\addtocounter{table}{-1}") }
        lines += [
            "\\caption{\(LaTeXText.escape(caption + (part > 0 ? " (continued)" : "")))}",
            "\\label{tab:\(LaTeXText.escape(table.name + (part > 0 ? "-part\(part + 1)" : "")))}",
        ]
        if boxed { lines.append("\\makebox[\\linewidth][c]{%") }
        let spec = columns.map { table.columns[$0].alignment == .right ? "r" : "l" }.joined()
        lines += [
            "\\begin{tabular}{\(spec)}", "\\toprule",
            columns.map { LaTeXText.escape(table.columns[$0].header) }.joined(separator: " & ") + " \\\\", "\\midrule",
        ]
        for (index, row) in table.rows.enumerated() {
            if row.ruleAbove && index > 0 {
                lines.append("\\midrule")
            } else if index > 0 {
                lines.append("\\addlinespace[3pt]")
            }
            let cells = columns.map { column in
                column < row.cells.count ? Table.lines(row.cells[column]) : (value: "", interval: "")
            }
            let values = zip(columns, cells).map { column, lines -> String in
                let text = LaTeXText.escape(lines.value)
                return row.marked.contains(column) && !text.isEmpty ? "\\textbf{\(text)}" : text
            }
            lines.append(values.joined(separator: " & ") + " \\\\")
            if cells.contains(where: { !$0.interval.isEmpty }) {
                // `{}` first: a line that starts with `[` would be read as the optional
                // argument of the previous line's `\\`.
                lines.append("{}" + cells.map { LaTeXText.escape($0.interval) }.joined(separator: " & ") + " \\\\")
            }
        }
        lines += ["\\bottomrule", "\\end{tabular}"]
        if boxed { lines.append("}") }
        if part == partCount - 1, let note = table.note {
            lines += ["\\par\\smallskip", "{\\footnotesize \(LaTeXText.escape(note))}"]
        }
        lines.append("\\end{table}")
        return lines.joined(separator: "\n") + "\n"
    }
}
