import Foundation

/// A cell's place in a worksheet in A1 notation: column letters, then the 1-based row
/// (`C17` is column 3, row 17).
///
/// Columns run `A`...`Z`, `AA`...`ZZ`, `AAA`...`XFD` (bijective base 26: no zero digit).
/// Excel's limit is 16,384 columns and 1,048,576 rows; larger numbers are still read, so a
/// file from a program with other limits is not refused.
public struct XLSXCellReference: Sendable, Hashable, CustomStringConvertible {
    /// 1-based row.
    public var row: Int
    /// 1-based column.
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `C17`, `$C$17` or `c17`; nil for anything else (no letters, no digits,
    /// a row of 0, or more than 7 letters or 9 digits).
    public init?(_ text: some StringProtocol) {
        var column = 0, row = 0, letters = 0, digits = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "$":
                continue
            case "A"..."Z", "a"..."z":
                guard digits == 0, letters < 7 else { return nil }
                let upper = scalar.value >= 97 ? scalar.value - 32 : scalar.value
                column = column * 26 + Int(upper - 64)
                letters += 1
            case "0"..."9":
                guard letters > 0, digits < 9 else { return nil }
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// The column letters of a 1-based column number (`1` is `A`, `27` is `AA`).
    public static func letters(ofColumn column: Int) -> String {
        var number = max(column, 1)
        var scalars: [Unicode.Scalar] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + remainder)))
            number = (number - 1) / 26
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars.reversed())
        return text
    }

    /// `C17`.
    public var description: String { "\(Self.letters(ofColumn: column))\(row)" }

    /// The reference as a formula would write it from another sheet: `Sheet1!C17`, with the
    /// sheet name quoted (`'2019 data'!C17`, quotes doubled) unless it is a plain name
    /// (a letter or underscore, then letters, digits, underscores or dots).
    public func qualified(bySheet sheet: String) -> String {
        "\(Self.sheetPrefix(sheet))!\(description)"
    }

    /// A sheet name as it stands before `!` in a reference.
    public static func sheetPrefix(_ sheet: String) -> String {
        var isPlain = !sheet.isEmpty
        for (index, character) in sheet.enumerated() {
            let isLetter = character.isLetter || character == "_"
            let allowed = index == 0 ? isLetter : isLetter || character.isNumber || character == "."
            if !allowed { isPlain = false; break }
        }
        if isPlain { return sheet }
        return "'\(sheet.replacingOccurrences(of: "'", with: "''"))'"
    }
}
