import PanelData

/// Long records made from the tables of a wide layout, each field remembering the cell
/// it came from, so that ``LongPanelReader`` checks them as it checks a long file and
/// every message it writes names the original sheet and cell (`panel.xlsx:'2019'!D5`),
/// not a place in this made-up table.
///
/// The first record is the header (the configured column names). Line *n* of this source
/// is record *n*; ``diagnostic(line:column:problem:found:hint:)`` turns it back into the
/// origin of that field, and rewrites "line *k*" inside the message (as in "the first is
/// on line *k*") into the origin of record *k*'s unit cell.
struct LayoutRecordSource: RecordSource {
    /// Where one field came from: a table and a 1-based line and column in it.
    struct Origin {
        var table: Int32
        var line: Int32
        var column: Int32
    }

    /// The data as the user named it (workbook or folder).
    let file: String
    let tables: [LayoutTable]
    private(set) var records: [[String]] = []
    private(set) var origins: [[Origin]] = []
    /// The position of the unit in each record (for "line k" in messages).
    let unitField: Int
    private var position = 0

    init(file: String, tables: [LayoutTable], unitField: Int) {
        self.file = file
        self.tables = tables
        self.unitField = unitField
    }

    mutating func append(_ fields: [String], origins fieldOrigins: [Origin]) {
        records.append(fields)
        origins.append(fieldOrigins)
    }

    var count: Int { records.count }

    mutating func next() throws -> (fields: [String], line: Int)? {
        guard position < records.count else { return nil }
        position += 1
        return (records[position - 1], position)
    }

    func diagnostic(line: Int, column: Int, problem: String, found: String?, hint: String) -> Diagnostic {
        let text = rewritingLines(in: problem)
        guard let origin = origin(line: line, column: column) else {
            return Diagnostic(file: file, line: 1, column: 1, problem: text, found: found, hint: hint)
        }
        return tables[Int(origin.table)].diagnostic(line: Int(origin.line), column: Int(origin.column),
                                                     problem: text, found: found, hint: hint)
    }

    /// The origin of field `column` (1-based) of record `line` (1-based).
    func origin(line: Int, column: Int) -> Origin? {
        guard origins.indices.contains(line - 1), origins[line - 1].indices.contains(column - 1) else { return nil }
        return origins[line - 1][column - 1]
    }

    /// "(the first is on line 7)" -> "(the first is at '2019'!A5)"; "(line 7)" -> "('2019'!A5)".
    private func rewritingLines(in problem: String) -> String {
        guard problem.contains("line ") else { return problem }
        var out = ""
        var rest = problem[...]
        while let range = rest.range(of: "line ") {
            let digits = rest[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let line = Int(digits),
                  let origin = origin(line: line, column: unitField + 1) else {
                out += rest[..<range.upperBound]
                rest = rest[range.upperBound...]
                continue
            }
            var before = rest[..<range.lowerBound]
            let reference = tables[Int(origin.table)].reference(line: Int(origin.line), column: Int(origin.column))
            if before.hasSuffix("on ") {
                before = before.dropLast(3)
                out += before + "at " + reference
            } else {
                out += before + reference
            }
            rest = rest[digits.endIndex...]
        }
        return out + rest
    }
}
