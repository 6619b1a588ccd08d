/// The parts every HTML page of the project shares (report.html of `analyze` and of
/// `sensitivity`): the document head with the inline style sheet, the SYNTHETIC banner of
/// the demo panel, and the span of years in the page's subtitle. Every text passes
/// through ``XMLText``.
enum ReportPage {
    /// From `<!DOCTYPE html>` to the opening `<body>`: UTF-8, a viewport, the title and
    /// ``ReportStyle/css`` inline (no link to anything outside the file).
    static func opening(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(XMLText.escape(title))</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>

        """
    }

    /// The banner at the top of a page made from the built-in demo panel.
    static let syntheticBanner = "<div class=\"banner\" role=\"note\" id=\"synthetic-banner\"><strong>SYNTHETIC DATA.</strong> "
        + "This report was made from the built-in demo panel: generated numbers shaped like the study's "
        + "277 cities, not real city statistics. Do not cite its results.</div>\n"

    /// " 2019" for one year, " 2009-2023" for several, "" for none.
    static func yearSpan(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        return years.count == 1 ? " \(first)" : " \(first)-\(last)"
    }
}
