/// A problem with the input, located in a file, in the one message shape every
/// command prints:
///
///     error: FILE:LINE:COLUMN: what is wrong (what was found); hint: what to do
///
/// `line` and `column` are 1-based. Spreadsheet cells are given as `file:Sheet1!C17`
/// in place of `LINE:COLUMN`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// A spreadsheet cell reference (`Sheet1!C17`); replaces line and column when set.
    public var cell: String?
    /// What is wrong.
    public var problem: String
    /// What was found, quoted from the input; omitted when empty.
    public var found: String?
    /// What to do about it.
    public var hint: String

    public init(file: String, line: Int, column: Int, cell: String? = nil,
                problem: String, found: String? = nil, hint: String) {
        self.file = file
        self.line = line
        self.column = column
        self.cell = cell
        self.problem = problem
        self.found = found
        self.hint = hint
    }

    public var location: String {
        if let cell { return "\(file):\(cell)" }
        return "\(file):\(line):\(column)"
    }

    public var description: String {
        var text = "error: \(Diagnostic.oneLine(location)): \(Diagnostic.oneLine(problem))"
        if let found { text += " (found \(Diagnostic.quote(found)))" }
        text += "; hint: \(Diagnostic.oneLine(hint))"
        return text
    }

    /// The text with control characters escaped (`\n`, `\r`, `\t`, `\u{7}`), so that
    /// names taken from the input (a header with a line break) cannot break the message
    /// over several lines.
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Quotes a piece of input for a one-line message: at most 60 characters, control
    /// characters escaped, so a message never spans lines.
    public static func quote(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(60) {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        if text.unicodeScalars.count > 60 { out += "..." }
        return "\"\(out)\""
    }
}

/// One or more diagnostics (up to ``DiagnosticList/limit``) reported together.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// At most this many problems are reported from one file.
    public static let limit = 20
    public var diagnostics: [Diagnostic]
    /// True when more problems were found than are listed.
    public var truncated: Bool
    /// The first problem not listed, when there were more than ``limit``.
    public var firstOmitted: Diagnostic?

    /// Keeps the first ``limit`` diagnostics; `truncated` is set when there were more.
    /// Pass every problem found (the reader stops soon after the limit).
    public init(_ diagnostics: [Diagnostic], truncated: Bool = false) {
        self.diagnostics = Array(diagnostics.prefix(DiagnosticList.limit))
        self.truncated = truncated || diagnostics.count > DiagnosticList.limit
        firstOmitted = diagnostics.count > DiagnosticList.limit ? diagnostics[DiagnosticList.limit] : nil
    }

    public var description: String {
        var lines = diagnostics.map(\.description)
        if truncated, let next = firstOmitted ?? diagnostics.last {
            lines.append(Diagnostic(file: next.file, line: next.line, column: next.column, cell: next.cell,
                                    problem: "more problems follow from here; only the first \(DiagnosticList.limit) are listed",
                                    hint: "fix these and run again").description)
        }
        return lines.joined(separator: "\n")
    }
}

/// Where the rows and columns of a panel came from, so that problems found after
/// reading (an all-missing series, a year with zero mean) can still name a file,
/// line and column.
public struct PanelProvenance: Sendable, Hashable {
    /// The data file as the user named it.
    public var file: String
    /// 1-based line (or spreadsheet row) where each panel row starts, aligned with the
    /// panel's rows.
    public var rowLines: [Int32]
    /// 1-based column of each indicator, in indicator order.
    public var indicatorColumns: [Int]
    /// 1-based column of the year.
    public var yearColumn: Int

    public init(file: String, rowLines: [Int32], indicatorColumns: [Int], yearColumn: Int) {
        self.file = file
        self.rowLines = rowLines
        self.indicatorColumns = indicatorColumns
        self.yearColumn = yearColumn
    }
}
