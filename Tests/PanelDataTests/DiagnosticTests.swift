import PanelData
import Testing

/// The one message shape of every command (Diagnostic.swift):
/// `error: FILE:LINE:COLUMN: problem (found "x"); hint: what to do`.
@Suite("Diagnostic")
struct DiagnosticTests {
    @Test("the message shape with a found value")
    func shape() {
        let diagnostic = Diagnostic(file: "data/panel.csv", line: 17, column: 5, problem: "not a number in column `gdp`",
                                    found: "12,5", hint: "write a plain decimal number")
        #expect(diagnostic.description
            == #"error: data/panel.csv:17:5: not a number in column `gdp` (found "12,5"); hint: write a plain decimal number"#)
        #expect(diagnostic.location == "data/panel.csv:17:5")
    }

    @Test("without a found value there is no (found ...) part")
    func noFound() {
        let diagnostic = Diagnostic(file: "c.yaml", line: 1, column: 1, problem: "the configuration file is empty",
                                    hint: "start from init-config")
        #expect(diagnostic.description == "error: c.yaml:1:1: the configuration file is empty; hint: start from init-config")
    }

    @Test("a spreadsheet cell replaces line and column")
    func cell() {
        let diagnostic = Diagnostic(file: "book.xlsx", line: 17, column: 3, cell: "Sheet1!C17", problem: "bad",
                                    found: "x", hint: "fix")
        #expect(diagnostic.description == #"error: book.xlsx:Sheet1!C17: bad (found "x"); hint: fix"#)
    }

    /// Quoting keeps a message on one line: line breaks, tabs, quotes and other control
    /// characters are escaped (Diagnostic.quote's documentation).
    @Test("quote escapes control characters so a message stays on one line",
          arguments: [
              ("plain", #""plain""#),
              ("a\nb", #""a\nb""#),
              ("a\r\nb", #""a\r\nb""#),
              ("tab\there", #""tab\there""#),
              (#"say "hi""#, #""say \"hi\"""#),
              ("bell\u{7}", #""bell\u{7}""#),
              ("nul\u{0}", #""nul\u{0}""#),
              ("esc\u{1B}[31m", #""esc\u{1b}[31m""#),
              ("del\u{7F}", #""del\u{7f}""#),
              ("城市", #""城市""#),
              ("", #""""#),
          ])
    func quote(input: String, quoted: String) {
        #expect(Diagnostic.quote(input) == quoted)
    }

    @Test("a found value with line breaks gives a one-line message")
    func oneLine() {
        let diagnostic = Diagnostic(file: "f.csv", line: 3, column: 1, problem: "bad", found: "two\nlines\r\nhere",
                                    hint: "fix")
        #expect(!diagnostic.description.contains("\n") && !diagnostic.description.contains("\r"))
        #expect(diagnostic.description == #"error: f.csv:3:1: bad (found "two\nlines\r\nhere"); hint: fix"#)
    }

    /// At most 60 characters of the input are quoted, then `...`.
    @Test("long values are cut at 60 characters")
    func long() {
        let sixty = String(repeating: "a", count: 60)
        #expect(Diagnostic.quote(sixty) == "\"\(sixty)\"")
        #expect(Diagnostic.quote(sixty + "b") == "\"\(sixty)...\"")
    }

    @Test("a list prints one line per problem, and a note when truncated")
    func list() {
        let first = Diagnostic(file: "p.csv", line: 2, column: 3, problem: "one", hint: "h1")
        let second = Diagnostic(file: "p.csv", line: 4, column: 5, problem: "two", found: "x", hint: "h2")
        let list = DiagnosticList([first, second])
        #expect(list.description == "error: p.csv:2:3: one; hint: h1\nerror: p.csv:4:5: two (found \"x\"); hint: h2")
        let truncated = DiagnosticList([first], truncated: true)
        let lines = truncated.description.split(separator: "\n")
        #expect(lines.count == 2)
        // Without a first omitted problem the note stands at the last listed one.
        #expect(lines[1] == "error: p.csv:2:3: more problems follow from here; only the first 20 are listed; hint: fix these and run again")
        #expect(DiagnosticList.limit == 20)
    }
}
