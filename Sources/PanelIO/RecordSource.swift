import CSV
import Foundation
import PanelData

/// Names places in an input: a file and a line and column, or a sheet and a cell.
public protocol DiagnosticLocator {
    /// The file as the user named it.
    var file: String { get }
    /// A diagnostic for the cell at `line` and 1-based `column`.
    func diagnostic(line: Int, column: Int, problem: String, found: String?, hint: String) -> Diagnostic
}

/// Rows of text cells from a file, each with where it starts, so every problem can be
/// named by file, line and column (or sheet and cell).
public protocol RecordSource: DiagnosticLocator {
    /// The next record and its 1-based line (or sheet row), or nil at the end.
    mutating func next() throws -> (fields: [String], line: Int)?
}

/// Locations in a plain text file.
public struct TextFileLocator: DiagnosticLocator {
    public let file: String
    public init(file: String) { self.file = file }
}

public extension DiagnosticLocator {
    func diagnostic(line: Int, column: Int, problem: String, found: String?, hint: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, problem: problem, found: found, hint: hint)
    }
}

/// The records of a CSV text, parsed by yaslab/CSV.swift (RFC 4180 quoting, CRLF or LF).
///
/// The library reports no positions, so lines are counted here: a record starts one
/// line after the previous one ended, and a quoted field that holds line breaks moves
/// the next record down by that many lines.
public struct CSVRecordSource: RecordSource {
    public let file: String
    private let reader: CSVReader
    private var nextLine = 1

    /// Parses `text` (already decoded; see ``TextDecoding``).
    public init(text: String, file: String) throws {
        self.file = file
        var body = text[...]
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        reader = try CSVReader(string: String(body), hasHeaderRow: false)
    }

    public mutating func next() throws -> (fields: [String], line: Int)? {
        guard let row = reader.next() else { return nil }
        let line = nextLine
        var breaks = 1
        for field in row where field.utf8.contains(where: { $0 == 10 || $0 == 13 }) {
            var previousWasCR = false
            for byte in field.utf8 {
                if byte == 10 { if !previousWasCR { breaks += 1 } } else if byte == 13 { breaks += 1 }
                previousWasCR = byte == 13
            }
        }
        nextLine += breaks
        return (row, line)
    }
}
