import PanelIO
import Testing

/// How a cell becomes a number, a year or "missing" (CellParsing.swift's documentation).
@Suite("Cell parsing")
struct CellParsingTests {
    @Test("missing markers: empty, NA, N/A, NaN (any case), a lone dot, blanks",
          arguments: ["", "NA", "na", "Na", "N/A", "n/a", "NaN", "nan", "NAN", ".", "   ", "\t", " NA ", " . "])
    func missing(text: String) {
        #expect(CellParsing.number(text, lenient: false) == .missing)
        #expect(CellParsing.number(text, lenient: true) == .missing)
    }

    /// Strict numbers: optional sign, digits, decimal point, exponent, surrounding blanks.
    @Test("strict numbers",
          arguments: [("12", 12.0), ("-3.5", -3.5), ("+4", 4), ("1e3", 1000), ("1E-2", 0.01), (" 7 ", 7),
                      ("\t0.125\t", 0.125), ("0", 0), ("-0", -0.0), ("35.875", 35.875), ("1.5e+2", 150),
                      ("00012", 12), ("4.", 4), ("1e-320", 1e-320)])
    func strict(text: String, value: Double) {
        #expect(CellParsing.number(text, lenient: false) == .value(value))
        #expect(CellParsing.number(text, lenient: true) == .value(value))
    }

    /// Infinity as a word, or a number too large for a Double (1e999 overflows), is
    /// reported as infinite, never read as a value.
    @Test("infinite values", arguments: ["inf", "Inf", "-inf", "+INF", "Infinity", "-infinity", "1e999", "-1e999", "1e309"])
    func infinite(text: String) {
        #expect(CellParsing.number(text, lenient: false) == .infinite)
        #expect(CellParsing.number(text, lenient: true) == .infinite)
    }

    /// Not numbers in either mode: hex, underscores, words, two points, inner blanks.
    @Test("rejected in both modes",
          arguments: ["0x10", "0X1F", "1_0", "1_000", "abc", "12abc", "1.2.3", "--1", "1-2", "e5", "1e", "1 000", "0b101",
                      "١٢", "12,34", "1,23,456", ",123", "nil", "null", "NA%", "%", "1,234,56"])
    func rejected(text: String) {
        #expect(CellParsing.number(text, lenient: false) == .notANumber(lenientWouldRead: false))
        #expect(CellParsing.number(text, lenient: true) == .notANumber(lenientWouldRead: false))
    }

    /// Lenient numbers (`lenientNumbers: true`): thousands separators and a trailing %;
    /// in strict mode the same cells are errors that say lenient mode would read them.
    @Test("lenient: thousands separators and percent signs",
          arguments: [("1,234.5", 1234.5), ("12.3%", 12.3), ("1,234,567", 1_234_567), ("-1,000", -1000),
                      ("12.3 %", 12.3), ("1,234%", 1234), ("100%", 100)])
    func lenient(text: String, value: Double) {
        #expect(CellParsing.number(text, lenient: true) == .value(value))
        #expect(CellParsing.number(text, lenient: false) == .notANumber(lenientWouldRead: true))
    }

    @Test("years are integers only",
          arguments: [("2019", 2019), (" 2019 ", 2019), ("1995", 1995), ("\t2023", 2023)] as [(String, Int?)]
              + [("2019年", nil), ("2019.5", nil), ("2019.0", nil), ("", nil), ("-2019", nil), ("+2019", nil),
                 ("２０１９", nil), ("2019a", nil), ("20 19", nil), ("1e3", nil), ("NA", nil)])
    func years(text: String, year: Int?) {
        #expect(CellParsing.year(text) == year)
    }

    /// A thousands separator follows a group of one to three digits. `1234,567` is no
    /// thousands-grouped number (it reads like a European decimal comma, 1234.567), so
    /// lenient mode must not turn it into 1234567, a silent factor of 1000.
    @Test("lenient: a first group of four digits is not a thousands separator",
          arguments: ["1234,567", "9999,000.5"])
    func fourDigitGroup(text: String) {
        #expect(CellParsing.number(text, lenient: true) == .notANumber(lenientWouldRead: false))

        // A sign plus three digits is fine.
        #expect(CellParsing.number("-123,456", lenient: true) == .value(-123_456))
    }
}
