import Foundation
import PanelData

/// A panel as read from a file, with what the reader noticed on the way.
public struct LoadedPanel: Sendable {
    public var panel: Panel
    /// The text encoding that was detected (CSV), or nil.
    public var encoding: String?
    /// Things worth knowing that are not errors (e.g. blank lines skipped).
    public var warnings: [String]
    /// For each unit, the value of the column its group was mapped from (`groupFrom`),
    /// e.g. its province; empty when groups come from a group column.
    public var groupSourceValues: [String]
}

/// Reads a long-format panel: one row per unit-year, a column for the unit, the year,
/// the group (or a column mapped to groups) and one column per indicator.
///
/// Checks, each reported at its file, line and column (up to 20 problems together):
/// a header that lacks a configured column (reported at the configuration key that names
/// it), a repeated header name, a row with the wrong number of fields, an empty unit
/// name, a year that is not an integer, a group not in `groups` (or a value missing from
/// `groupFrom.map`), a unit whose group changes, a cell that is not a number, an
/// infinite value, two rows for one unit and year, and a file with no data rows.
public enum LongPanelReader {
    /// Reads the CSV file at `path` with `configuration`, streaming it through the byte
    /// reader (``ByteCSVReader``) so that files of any size read in flat memory.
    ///
    /// Encoding (`encoding: auto`): a UTF-16 byte-order mark, or a first MiB that is not
    /// UTF-8, means the whole file is decoded first (UTF-16 or GB18030) and then read;
    /// otherwise the file is read as UTF-8 and a bad byte further on is an error naming
    /// its byte offset.
    public static func readCSV(path: String, configuration: AnalysisConfiguration) throws -> LoadedPanel {
        let (reader, encoding) = try CSVFileOpening.open(path: path, choice: configuration.encoding)
        return try read(reader, encoding: encoding, path: path, configuration: configuration)
    }

    /// Reads CSV bytes already in memory, exactly as ``readCSV(path:configuration:)`` reads
    /// a file (`file` names them in messages). The fuzz target uses it.
    public static func readCSV(data: Data, file: String, configuration: AnalysisConfiguration) throws -> LoadedPanel {
        let (reader, encoding) = try CSVFileOpening.open(data: data, file: file, choice: configuration.encoding)
        return try read(reader, encoding: encoding, path: file, configuration: configuration)
    }

    private static func read(_ reader: ByteCSVReader, encoding: TextDecoding.Detected, path: String,
                             configuration: AnalysisConfiguration) throws -> LoadedPanel {
        var builder = PanelBuilder(configuration: configuration, file: path)
        let locator = TextFileLocator(file: path)
        var headerFound = false
        var headerError: Error?
        var dataStart = 0
        // The columns are reserved once, from the bytes of the first thousand data rows.
        let rowsForEstimate = 1000
        var dataRowsRead = 0
        try reader.forEachRecord { record, line in
            if (0..<record.count).allSatisfy(record.isBlank) {
                if headerFound { builder.blankLines += 1 }
                return true
            }
            if !headerFound {
                headerFound = true
                do {
                    try builder.readHeader(record.texts, line: line, source: locator)
                } catch {
                    headerError = error
                    return false
                }
                return true
            }
            if dataRowsRead == 0 { dataStart = reader.recordOffset }
            dataRowsRead += 1
            if dataRowsRead == rowsForEstimate, let size = reader.byteSize {
                // The rest of the file at the same bytes per row, plus 2%.
                let bytesPerRow = max(1, (reader.recordOffset - dataStart) / (rowsForEstimate - 1))
                builder.reserveRows(min((size - reader.recordOffset) / bytesPerRow * 51 / 50 + 16, size / 2))
            }
            builder.readRow(record, line: line, source: locator)
            return builder.diagnostics.count <= DiagnosticList.limit
        }
        if let headerError { throw headerError }
        guard headerFound else {
            throw Diagnostic(file: path, line: 1, column: 1, problem: "the data file is empty",
                             hint: "the file needs a header row and at least one data row")
        }
        var loaded = try builder.finish(source: locator)
        loaded.encoding = encoding.rawValue
        return loaded
    }

    /// Builds a panel from any record source whose first record is the header.
    public static func read(records: inout some RecordSource, configuration: AnalysisConfiguration) throws -> LoadedPanel {
        var builder = PanelBuilder(configuration: configuration, file: records.file)
        var headerFound = false
        while let (fields, line) = try records.next() {
            if fields.allSatisfy({ CellParsing.trimmed($0).isEmpty }) {
                if headerFound { builder.blankLines += 1 }
                continue
            }
            if !headerFound {
                try builder.readHeader(fields, line: line, source: records)
                headerFound = true
                continue
            }
            builder.readRow(fields, line: line, source: records)
            if builder.diagnostics.count > DiagnosticList.limit { break }
        }
        guard headerFound else {
            throw Diagnostic(file: records.file, line: 1, column: 1, problem: "the data file is empty",
                             hint: "the file needs a header row and at least one data row")
        }
        return try builder.finish(source: records)
    }
}

/// Accumulates rows into the columns of a panel.
struct PanelBuilder {
    let configuration: AnalysisConfiguration
    let file: String
    var diagnostics: [Diagnostic] = []
    var blankLines = 0

    // Column positions (0-based) found in the header.
    var unitColumn = 0, yearColumn = 0, groupColumn = 0
    var indicatorColumns: [Int] = []
    var coordinateColumns: (Int, Int)?
    var headerCount = 0
    var headerNames: [String] = []

    // Accumulated data.
    var unitIndex: [String: Int32] = [:]
    var units: [PanelUnit] = []
    var unitFirstLine: [Int] = []
    var groupSourceValues: [String] = []
    var groups: [String]
    var groupIndex: [String: Int] = [:]
    var groupsAreFixed: Bool
    var groupMap: [String: String] = [:]
    var rowUnit: [Int32] = []
    var rowYearValue: [Int] = []
    var rowLines: [Int32] = []
    var values: [[Double]]
    /// The unit and the group of the previous good row: rows of one unit usually follow
    /// each other, so a row whose unit (group) cell is the same bytes reuses them instead
    /// of building the name and looking it up again.
    var previousUnit: (name: String, index: Int32)?
    var previousGroup: (cell: String, name: String, index: Int)?

    init(configuration: AnalysisConfiguration, file: String) {
        self.configuration = configuration
        self.file = file
        groups = configuration.groups ?? []
        groupsAreFixed = configuration.groups != nil
        for (index, name) in groups.enumerated() { groupIndex[name] = index }
        if case let .mapped(mapping) = configuration.groupSource {
            for entry in mapping.map { groupMap[entry.key] = entry.group }
        }
        values = Array(repeating: [], count: configuration.system.count)
    }

    mutating func readHeader(_ fields: [String], line: Int, source: some DiagnosticLocator) throws {
        headerNames = fields.map { String(CellParsing.trimmed($0.replacingOccurrences(of: "\u{FEFF}", with: ""))) }
        headerCount = fields.count
        var position: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for (column, name) in headerNames.enumerated() {
            if name.isEmpty { continue }
            if position[name] != nil {
                problems.append(source.diagnostic(line: line, column: column + 1, problem: "the header names column `\(name)` twice",
                                                  found: name, hint: "rename or remove one of the two columns"))
            } else {
                position[name] = column
            }
        }
        let named = headerNames.filter { !$0.isEmpty }
        let looksLikeTitle = named.count * 2 < headerNames.count
        let headerList = named.prefix(20).joined(separator: ", ")
            + (named.count < headerNames.count ? " and \(headerNames.count - named.count) empty cell(s)" : "")
        func locate(_ name: String, key: String, role: String) -> Int {
            if let column = position[name] { return column }
            let near = position.keys.min { editDistance($0, name) < editDistance($1, name) }
            let suggestion = near.map { editDistance($0, name) <= 2 ? "did you mean `\($0)`? " : "" } ?? ""
            let title = looksLikeTitle
                ? "; line \(line) looks like a title row: the column names must be on the first line, so remove the lines above them"
                : ""
            problems.append(configuration.diagnostic(
                at: key, dataFile: file,
                problem: "the \(role) column `\(name)` is not in the header of \(file)", found: name,
                hint: "\(suggestion)the header (line \(line)) has: \(headerList)\(title)"))
            return 0
        }
        unitColumn = locate(configuration.unitColumn, key: "unit", role: "unit")
        yearColumn = locate(configuration.yearColumn, key: "year", role: "year")
        switch configuration.groupSource {
        case let .column(name): groupColumn = locate(name, key: "group", role: "group")
        case let .mapped(mapping): groupColumn = locate(mapping.column, key: "groupFrom.column", role: "groupFrom")
        }
        indicatorColumns = configuration.system.indicators.map {
            locate($0.id, key: "indicator:\($0.id)", role: "indicator")
        }
        if let (lon, lat) = configuration.coordinates {
            let lonColumn = locate(lon, key: "coordinates.lon", role: "longitude")
            let latColumn = locate(lat, key: "coordinates.lat", role: "latitude")
            coordinateColumns = (lonColumn, latColumn)
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
    }

    private mutating func report(_ source: some DiagnosticLocator, line: Int, column: Int, _ problem: String,
                                 found: String?, hint: String) {
        diagnostics.append(source.diagnostic(line: line, column: column, problem: problem, found: found, hint: hint))
    }

    mutating func readRow(_ fields: some RecordFields, line: Int, source: some DiagnosticLocator) {
        guard fields.count == headerCount else {
            let more = fields.count > headerCount
            report(source, line: line, column: more ? headerCount + 1 : fields.count + 1,
                   "the row has \(fields.count) fields but the header has \(headerCount)", found: nil,
                   hint: more ? "quote cells that contain commas, or remove the extra cells"
                              : "fill the missing cells (leave them empty for missing values); an unclosed quote may have joined lines")
            return
        }
        let unitName: String
        if let previous = previousUnit, fields.trimmedTextIs(unitColumn, previous.name) {
            unitName = previous.name
        } else {
            unitName = fields.trimmedText(unitColumn)
        }
        guard !unitName.isEmpty else {
            report(source, line: line, column: unitColumn + 1, "the unit name is empty", found: nil,
                   hint: "give every row the name of its unit in column `\(headerNames[unitColumn])`")
            return
        }
        guard let year = fields.year(yearColumn) else {
            report(source, line: line, column: yearColumn + 1, "the year is not an integer", found: fields.text(yearColumn),
                   hint: "write the year as digits only, e.g. 2019")
            return
        }
        // Group.
        let groupCell: String, groupName: String, group: Int
        if let previous = previousGroup, fields.trimmedTextIs(groupColumn, previous.cell) {
            (groupCell, groupName, group) = previous
        } else {
            guard let resolved = resolveGroup(fields, line: line, source: source) else { return }
            (groupCell, groupName, group) = resolved
            previousGroup = resolved
        }
        // Coordinates.
        var longitude: Double?, latitude: Double?
        if let (lonColumn, latColumn) = coordinateColumns {
            longitude = coordinate(fields, column: lonColumn, line: line, source: source)
            latitude = coordinate(fields, column: latColumn, line: line, source: source)
        }
        // PanelUnit.
        let unit: Int32
        if let known = previousUnit.flatMap({ $0.name == unitName ? $0.index : nil }) ?? unitIndex[unitName] {
            unit = known
            let previous = units[Int(known)]
            if previous.group != group {
                report(source, line: line, column: groupColumn + 1,
                       "unit `\(unitName)` changes group from `\(groups[previous.group])` (line \(unitFirstLine[Int(known)])) to `\(groupName)`",
                       found: groupCell, hint: "a unit belongs to one group in every year; correct the group of this row")
                return
            }
            if previous.longitude == nil, let longitude { units[Int(known)].longitude = longitude }
            if previous.latitude == nil, let latitude { units[Int(known)].latitude = latitude }
        } else {
            unit = Int32(units.count)
            unitIndex[unitName] = unit
            units.append(PanelUnit(name: unitName, group: group, longitude: longitude, latitude: latitude))
            unitFirstLine.append(line)
            if case .mapped = configuration.groupSource { groupSourceValues.append(groupCell) }
        }
        previousUnit = (unitName, unit)
        // Indicators, appended to the columns as they are read; a row with a bad cell is
        // taken back out once all its cells have been checked.
        var rowIsGood = true
        let lenient = configuration.lenientNumbers
        for (j, column) in indicatorColumns.enumerated() {
            let cell = fields.number(column, lenient: lenient)
            if case let .value(value) = cell {
                values[j].append(value)
                continue
            }
            values[j].append(.nan)
            switch cell {
            case .value, .missing:
                break
            case .infinite:
                rowIsGood = false
                report(source, line: line, column: column + 1, "infinite value in column `\(headerNames[column])`",
                       found: fields.text(column), hint: "write a finite number, or leave the cell empty if it is missing")
            case let .notANumber(lenientWouldRead):
                rowIsGood = false
                report(source, line: line, column: column + 1, "not a number in column `\(headerNames[column])`",
                       found: fields.text(column),
                       hint: lenientWouldRead
                           ? "set `lenientNumbers: true` in the configuration to read thousands separators and % signs, or write a plain number"
                           : "write a plain decimal number such as 1234.5, or leave the cell empty (or NA) if it is missing")
            }
        }
        guard rowIsGood else {
            for j in values.indices { values[j].removeLast() }
            return
        }
        rowUnit.append(unit)
        rowYearValue.append(year)
        rowLines.append(Int32(clamping: line))
    }

    /// Makes room for `rows` more rows, so that the columns grow once instead of doubling
    /// (and copying) their way up; an estimate, so it may be a little too large or small.
    mutating func reserveRows(_ rows: Int) {
        let capacity = rowUnit.count + max(0, rows)
        rowUnit.reserveCapacity(capacity)
        rowYearValue.reserveCapacity(capacity)
        rowLines.reserveCapacity(capacity)
        for j in values.indices { values[j].reserveCapacity(capacity) }
    }

    /// The group of a row from its group (or `groupFrom`) cell: its cell text, name and
    /// index; nil, with the problem reported, when the cell does not name a usable group.
    private mutating func resolveGroup(_ fields: some RecordFields, line: Int,
                                       source: some DiagnosticLocator) -> (cell: String, name: String, index: Int)? {
        let groupCell = fields.trimmedText(groupColumn)
        let groupName: String
        switch configuration.groupSource {
        case .column:
            groupName = groupCell
        case let .mapped(mapping):
            guard let mapped = groupMap[groupCell] else {
                report(source, line: line, column: groupColumn + 1, "`\(groupCell)` is not in `groupFrom.map`", found: groupCell,
                       hint: "add `\(groupCell): <group>` to `groupFrom.map` for column `\(mapping.column)`")
                return nil
            }
            groupName = mapped
        }
        guard !groupName.isEmpty else {
            report(source, line: line, column: groupColumn + 1, "the group is empty", found: nil,
                   hint: "give every row its group in column `\(headerNames[groupColumn])`")
            return nil
        }
        if let known = groupIndex[groupName] { return (groupCell, groupName, known) }
        if groupsAreFixed {
            report(source, line: line, column: groupColumn + 1, "group `\(groupName)` is not in the configured `groups`",
                   found: groupName, hint: "add it to `groups` (\(groups.joined(separator: ", "))) or correct the cell")
            return nil
        }
        groupIndex[groupName] = groups.count
        groups.append(groupName)
        return (groupCell, groupName, groups.count - 1)
    }

    /// A longitude or latitude cell: its value, nil when empty, or nil with the problem
    /// reported when it is not a number.
    private mutating func coordinate(_ fields: some RecordFields, column: Int, line: Int,
                                     source: some DiagnosticLocator) -> Double? {
        switch fields.number(column, lenient: false) {
        case let .value(value): return value
        case .missing: return nil
        default:
            report(source, line: line, column: column + 1, "the coordinate is not a number", found: fields.text(column),
                   hint: "write decimal degrees, e.g. 114.51")
            return nil
        }
    }

    /// The distinct years in order, and each row's position among them: through a table
    /// indexed by year when the years span at most a million, else through a dictionary.
    static func yearPositions(_ rowYears: [Int]) -> (years: [Int], positions: [Int32]) {
        guard let first = rowYears.min(), let last = rowYears.max() else { return ([], []) }
        if last - first < 1_000_000 {
            var position = [Int32](repeating: -1, count: last - first + 1)
            for year in rowYears { position[year - first] = 0 }
            var years: [Int] = []
            for offset in position.indices where position[offset] == 0 {
                position[offset] = Int32(years.count)
                years.append(first + offset)
            }
            return (years, rowYears.map { position[$0 - first] })
        }
        let years = Array(Set(rowYears)).sorted()
        var position: [Int: Int32] = [:]
        for (index, year) in years.enumerated() { position[year] = Int32(index) }
        return (years, rowYears.map { position[$0] ?? 0 })
    }

    func finish(source: some DiagnosticLocator) throws -> LoadedPanel {
        if !diagnostics.isEmpty {
            throw DiagnosticList(diagnostics)
        }
        guard !rowUnit.isEmpty else {
            throw Diagnostic(file: file, line: 2, column: 1, problem: "the data file has a header but no data rows",
                             hint: "add one row per unit and year below the header")
        }
        let (years, rowYear) = Self.yearPositions(rowYearValue)
        let provenance = PanelProvenance(file: file, rowLines: rowLines,
                                         indicatorColumns: indicatorColumns.map { $0 + 1 }, yearColumn: yearColumn + 1)
        do {
            let panel = try Panel(units: units, groups: groups, years: years, system: configuration.system,
                                  rowUnit: rowUnit, rowYear: rowYear, values: values, provenance: provenance)
            var warnings: [String] = []
            if blankLines > 0 { warnings.append("\(file): \(blankLines) blank line(s) skipped") }
            return LoadedPanel(panel: panel, encoding: nil, warnings: warnings, groupSourceValues: groupSourceValues)
        } catch let PanelError.duplicateRow(unit, year, firstLine, secondLine) {
            throw source.diagnostic(line: secondLine, column: yearColumn + 1,
                                    problem: "a second row for unit `\(unit)` in year \(year) (the first is on line \(firstLine))",
                                    found: "\(year)", hint: "keep one row per unit and year; remove or correct the duplicate")
        }
    }
}
