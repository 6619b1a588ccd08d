/// Renders a ``Table`` as an HTML `<table>` for report.html: caption, header row, body
/// rows (a `rule` class where the typeset forms draw a rule), marked cells in
/// `<strong>` with the `marked` class, and the note under the table. Every text goes
/// through ``XMLText``. The table sits in a `div.table-wrap` that scrolls sideways when
/// the table is wider than the page. A range cell (bootstrap interval) shows its value
/// and, under it, the interval in a `span.ci`.
public enum HTMLTableRenderer {
    public static func render(_ table: Table, id: String? = nil) -> String {
        let align = table.columns.map { $0.alignment == .right ? "r" : "l" }
        var html = "<div class=\"table-wrap\"><table id=\"\(XMLText.escape(id ?? table.name))\">\n"
        html += "<caption>\(XMLText.escape(table.title))</caption>\n<thead><tr>"
        for (index, column) in table.columns.enumerated() {
            html += "<th class=\"\(align[index])\" scope=\"col\">\(XMLText.escape(column.header))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (rowIndex, row) in table.rows.enumerated() {
            html += row.ruleAbove && rowIndex > 0 ? "<tr class=\"rule\">" : "<tr>"
            for (index, cell) in row.cells.enumerated() {
                let text = cellHTML(cell)
                let alignment = index < align.count ? align[index] : "r"
                if row.marked.contains(index) && !text.isEmpty {
                    html += "<td class=\"\(alignment) marked\"><strong>\(text)</strong></td>"
                } else {
                    html += "<td class=\"\(alignment)\">\(text)</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody></table>"
        if let note = table.note { html += "\n<p class=\"note\">\(XMLText.escape(note))</p>" }
        return html + "</div>\n"
    }

    /// The escaped text of a cell; a range as `value<br><span class="ci">[lower, upper]</span>`.
    static func cellHTML(_ cell: Table.Cell) -> String {
        let lines = Table.lines(cell)
        guard !lines.interval.isEmpty else { return XMLText.escape(Table.display(cell)) }
        return XMLText.escape(lines.value) + "<br><span class=\"ci\">\(XMLText.escape(lines.interval))</span>"
    }
}
