import PanelIO
import Testing

/// A1 references: bijective base-26 column letters (ECMA-376 Part 1, 18.17.2.2; Excel's
/// last column is XFD = 16,384).
@Suite("XLSX cell references")
struct XLSXCellReferenceTests {
    @Test("column letters and numbers, both ways", arguments: [
        ("A", 1), ("Z", 26), ("AA", 27), ("AZ", 52), ("BA", 53), ("ZZ", 702), ("AAA", 703), ("XFD", 16_384),
    ])
    func columnLetters(letters: String, column: Int) {
        #expect(XLSXCellReference.letters(ofColumn: column) == letters)
        #expect(XLSXCellReference("\(letters)17") == XLSXCellReference(row: 17, column: column))
    }

    @Test("absolute and lower-case references read; malformed ones do not")
    func parsing() {
        #expect(XLSXCellReference("$C$17") == XLSXCellReference(row: 17, column: 3))
        #expect(XLSXCellReference("c17") == XLSXCellReference(row: 17, column: 3))
        #expect(XLSXCellReference("C17")?.description == "C17")
        for bad in ["", "17", "C", "C0", "17C", "C1D", "C-1", "ABCDEFGH1"] {
            #expect(XLSXCellReference(bad) == nil, "\(bad)")
        }
    }

    @Test("sheet names that are not plain are quoted, quotes doubled", arguments: [
        ("Sheet1", "Sheet1!C17"), ("2019", "'2019'!C17"), ("My Data", "'My Data'!C17"),
        ("O'Brien", "'O''Brien'!C17"), ("gdp_pc", "gdp_pc!C17"), ("数据", "数据!C17"),
    ])
    func qualified(sheet: String, expected: String) {
        #expect(XLSXCellReference(row: 17, column: 3).qualified(bySheet: sheet) == expected)
    }
}
