/// The inline style sheet of report.html: system fonts only (no font file is loaded),
/// tables ruled like booktabs, charts scaled to the page width, a print layout, and the
/// SYNTHETIC banner.
enum ReportStyle {
    static let css = """
    :root { color-scheme: light; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
           margin: 0 auto; max-width: 60rem; padding: 0 1.25rem 3rem; color: #1b1f23; background: #ffffff; line-height: 1.5; }
    h1 { font-size: 1.8rem; margin: 1.5rem 0 0.25rem; }
    h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; }
    h3 { font-size: 1.1rem; margin-top: 1.75rem; }
    .meta { color: #57606a; margin-top: 0; }
    .banner { background: #fff3bf; border: 2px solid #b07d00; color: #3d2c00; padding: 0.75rem 1rem; margin: 1rem 0;
              font-weight: 600; border-radius: 4px; }
    .banner strong { font-size: 1.1rem; letter-spacing: 0.05em; }
    nav#contents ol { padding-left: 1.4rem; }
    nav#contents li { margin: 0.1rem 0; }
    nav#contents ol ol { font-size: 0.92rem; }
    a { color: #0a58ca; }
    dl.input { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
    dl.input dt { font-weight: 600; }
    dl.input dd { margin: 0; }
    .table-wrap { overflow-x: auto; margin: 1rem 0 1.5rem; }
    table { border-collapse: collapse; font-size: 0.86rem; font-variant-numeric: tabular-nums;
            border-top: 2px solid #1b1f23; border-bottom: 2px solid #1b1f23; }
    caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.4rem; }
    th, td { padding: 0.2rem 0.55rem; white-space: nowrap; }
    thead th { border-bottom: 1px solid #1b1f23; }
    tr.rule td { border-top: 1px solid #8c959f; }
    td.r, th.r { text-align: right; }
    td.l, th.l { text-align: left; }
    td.marked { background: #e7f0fb; }
    span.ci { font-size: 0.8em; color: #57606a; }
    p.note { font-size: 0.82rem; color: #57606a; margin: 0.3rem 0 0; }
    figure.chart { margin: 1.25rem 0 2rem; }
    figure.chart svg { display: block; width: 100%; max-width: 52rem; height: auto; border: 1px solid #eaeef2; }
    figcaption { font-size: 0.88rem; color: #57606a; margin-top: 0.35rem; }
    ul.findings li { margin: 0.3rem 0; }
    footer { margin-top: 3rem; font-size: 0.82rem; color: #57606a; }
    @media print {
      body { max-width: none; }
      nav#contents { page-break-after: always; }
      figure.chart, .table-wrap { page-break-inside: avoid; }
      .table-wrap { overflow: visible; }
    }
    """
}
