import Foundation
import PanelData

/// The rows of a file for `resilience decompose`: a value that is the sum of named source
/// columns, a group per row, and optionally a year per row. Each row is one unit.
public struct SourceTable: Sendable {
    public var groups: [String]
    /// Group index of each row.
    public var rowGroup: [Int32]
    /// Year of each row, or nil when no year column is named.
    public var rowYear: [Int]?
    /// `sources[m][row]`.
    public var sources: [[Double]]
    /// The line each row starts on.
    public var rowLines: [Int32]
    public var yearColumn: Int?
    public var encoding: String?
}

/// Reads a ``SourceTable`` from CSV. Every source cell must be a finite number (there is no
/// imputation here); problems are reported by file, line and column, up to 20 together.
public enum SourceTableReader {
    /// - Parameters:
    ///   - groupOrder: the order of groups (pair keys follow it); nil for first appearance.
    public static func readCSV(path: String, groupColumn: String, sourceColumns: [String], yearColumn: String?,
                               groupOrder: [String]?, lenientNumbers: Bool = false,
                               encoding: TextEncodingChoice = .auto) throws -> SourceTable {
        let (reader, detected) = try CSVFileOpening.open(path: path, choice: encoding)
        var header: [String]?
        var positions: (group: Int, sources: [Int], year: Int?) = (0, [], nil)
        var table = SourceTable(groups: groupOrder ?? [], rowGroup: [], rowYear: yearColumn == nil ? nil : [],
                                sources: Array(repeating: [], count: sourceColumns.count), rowLines: [],
                                yearColumn: nil, encoding: detected.rawValue)
        var groupIndex: [String: Int32] = [:]
        for (index, name) in table.groups.enumerated() { groupIndex[name] = Int32(index) }
        var problems: [Diagnostic] = []
        var headerError: Error?
        try reader.forEachRecord { fields, line in
            if (0..<fields.count).allSatisfy(fields.isBlank) { return true }
            guard let names = header else {
                let trimmed = fields.texts.map { String(CellParsing.trimmed($0.replacingOccurrences(of: "\u{FEFF}", with: ""))) }
                header = trimmed
                func column(_ name: String, _ option: String) -> Int {
                    if let index = trimmed.firstIndex(of: name) { return index }
                    problems.append(Diagnostic(file: path, line: line, column: 1,
                                               problem: "column `\(name)` (\(option)) is not in the header", found: name,
                                               hint: "the header has: \(trimmed.prefix(20).joined(separator: ", "))"))
                    return 0
                }
                positions.group = column(groupColumn, "--group")
                positions.sources = sourceColumns.map { column($0, "--sources") }
                positions.year = yearColumn.map { column($0, "--year") }
                table.yearColumn = positions.year.map { $0 + 1 }
                if !problems.isEmpty {
                    headerError = DiagnosticList(problems)
                    return false
                }
                return true
            }
            guard fields.count == names.count else {
                problems.append(Diagnostic(file: path, line: line, column: fields.count > names.count ? names.count + 1 : fields.count + 1,
                                           problem: "the row has \(fields.count) fields but the header has \(names.count)",
                                           hint: "quote cells that contain commas, and fill missing cells"))
                return problems.count <= DiagnosticList.limit
            }
            let groupName = fields.trimmedText(positions.group)
            var group = groupIndex[groupName]
            if group == nil {
                if groupOrder != nil || groupName.isEmpty {
                    problems.append(Diagnostic(file: path, line: line, column: positions.group + 1,
                                               problem: groupName.isEmpty ? "the group is empty" : "group `\(groupName)` is not in --groups",
                                               found: groupName, hint: "add it to --groups, or correct the cell"))
                    return problems.count <= DiagnosticList.limit
                }
                group = Int32(table.groups.count)
                groupIndex[groupName] = group
                table.groups.append(groupName)
            }
            var year: Int?
            if let yearPosition = positions.year {
                year = fields.year(yearPosition)
                if year == nil {
                    problems.append(Diagnostic(file: path, line: line, column: yearPosition + 1, problem: "the year is not an integer",
                                               found: fields.text(yearPosition), hint: "write the year as digits only, e.g. 2019"))
                    return problems.count <= DiagnosticList.limit
                }
            }
            var values: [Double] = []
            for (m, position) in positions.sources.enumerated() {
                switch fields.number(position, lenient: lenientNumbers) {
                case let .value(value): values.append(value)
                case .missing:
                    problems.append(Diagnostic(file: path, line: line, column: position + 1,
                                               problem: "source `\(sourceColumns[m])` is missing", found: fields.text(position),
                                               hint: "every source needs a value (0 if the unit has none); decompose does not impute"))
                case .infinite:
                    problems.append(Diagnostic(file: path, line: line, column: position + 1, problem: "infinite value in `\(sourceColumns[m])`",
                                               found: fields.text(position), hint: "write a finite number"))
                case .notANumber:
                    problems.append(Diagnostic(file: path, line: line, column: position + 1, problem: "not a number in `\(sourceColumns[m])`",
                                               found: fields.text(position), hint: "write a plain decimal number such as 1234.5"))
                }
            }
            if problems.count > DiagnosticList.limit { return false }
            guard values.count == sourceColumns.count, let group else { return true }
            table.rowGroup.append(group)
            if let year { table.rowYear?.append(year) }
            for m in values.indices { table.sources[m].append(values[m]) }
            table.rowLines.append(Int32(clamping: line))
            return true
        }
        if let headerError { throw headerError }
        if !problems.isEmpty {
            throw DiagnosticList(problems)
        }
        guard header != nil else {
            throw Diagnostic(file: path, line: 1, column: 1, problem: "the data file is empty", hint: "the file needs a header row and data rows")
        }
        guard !table.rowGroup.isEmpty else {
            throw Diagnostic(file: path, line: 2, column: 1, problem: "the data file has a header but no data rows", hint: "add data rows")
        }
        return table
    }
}
