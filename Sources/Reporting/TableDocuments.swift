import Resilience

/// `tables.md` and `tables.tex`: the study-style tables of a run, then the Theil table
/// and, under per-year standardisation, the weights by year
/// (``AnalysisTables/documentTables``), assembled into one document per format, each
/// table rendered from the one ``Table`` model by ``MarkdownTableRenderer`` or ``LaTeXTableRenderer``.
public enum TableDocuments {
    /// GitHub-flavoured Markdown: a heading, one line on the data (flagged SYNTHETIC for
    /// the demo panel), then every table with its note.
    public static func markdown(_ tables: AnalysisTables) -> String {
        var text = "# Tables\n\n" + dataLine(tables.result) + "\n"
        for table in tables.documentTables { text += "\n" + MarkdownTableRenderer.render(table) }
        return text
    }

    /// LaTeX for `\input{tables.tex}` in a document that loads booktabs: no
    /// `\documentclass`, no preamble, no `\begin{document}`; comment lines first, then
    /// one floating `table` per table, with `\label{tab:NAME}`.
    public static func latex(_ tables: AnalysisTables) -> String {
        var text = """
        % Tables written by `resilience analyze`.
        % Use with \\input{tables.tex} in a document whose preamble has \\usepackage{booktabs}.
        % \(dataLine(tables.result).split(whereSeparator: \.isNewline).joined(separator: " "))

        """
        for table in tables.documentTables { text += "\n" + LaTeXTableRenderer.render(table) }
        return text
    }

    static func dataLine(_ result: AnalysisResult) -> String {
        let input = result.input
        let years = input.years.isEmpty ? "no years" : "\(input.years.first!)-\(input.years.last!)"
        let source = input.synthetic ? "the SYNTHETIC demo panel (generated, not real city data)" : input.source
        return "Data: \(source); \(input.units.count) units, \(input.years.count) years (\(years)), "
            + "\(input.imputed.count) cells imputed; weighting \(result.weighting.rawValue), standardisation \(result.standardization.rawValue)."
    }
}
