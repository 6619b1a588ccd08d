import PanelData

/// `layout: wide-by-indicator`: one table per indicator (the sheet, or the CSV file of a
/// folder, named by the indicator's `column`), units as rows, years as columns.
///
/// Each table needs the unit and group columns (or the column groups are mapped from);
/// coordinate columns are read from the tables that have them (at least one must, when
/// `coordinates` is configured). Every other header cell in which `yearPattern` finds a
/// year is a year column; the rest are ignored. A unit-year becomes a long record when at
/// least one of its cells holds a value: a unit-year that is empty in every table is not
/// a row of the panel, as a unit absent from a year in the long layout (a unit with no
/// value at all keeps its empty rows, so the usual "no observed value" check, or
/// `--drop-incomplete`, deals with it). Units keep their
/// order of first appearance (tables in indicator order, rows in sheet order); years are
/// ascending.
///
/// Problems: a table with no year column, a year given twice in a header, a missing key
/// column, a repeated header name, a row whose field count differs from its header (CSV),
/// an empty unit name, a unit given twice in one table, a unit whose group differs between
/// tables; then every check of ``LongPanelReader``, reported at the original cell.
enum WideByIndicatorLayout {
    /// What a table says about one unit: its row.
    private struct UnitRow {
        var line: Int
        var fields: [String]
    }

    private struct TableColumns {
        var keys: KeyColumns
        /// 0-based column of each year.
        var yearColumns: [Int: Int]
        /// The table's rows by unit index.
        var rowOfUnit: [Int: UnitRow] = [:]
    }

    static func records(from tables: [LayoutTable], file: String, configuration: AnalysisConfiguration,
                        pattern: YearPattern) throws -> (source: LayoutRecordSource, warnings: [String]) {
        var problems: [Diagnostic] = []
        func stopIfNeeded() throws {
            if !problems.isEmpty {
                throw DiagnosticList(problems)
            }
        }
        // Columns of each table (tables are in indicator order).
        var columns: [TableColumns] = []
        for table in tables {
            guard let keys = KeyColumns.locate(in: table, configuration: configuration, coordinatesRequired: false,
                                               problems: &problems) else { continue }
            var yearColumns: [Int: Int] = [:]
            let keyPositions = keys.all
            for (column, name) in table.header.enumerated() where !keyPositions.contains(column) && !name.isEmpty {
                guard let year = pattern.year(in: name) else { continue }
                if let other = yearColumns[year] {
                    problems.append(table.diagnostic(
                        line: table.headerLine, column: column + 1,
                        problem: "year \(year) has two columns in \(table.label) (the first is \(XLSXCellReference.letters(ofColumn: other + 1)))",
                        found: name, hint: "keep one column per year"))
                } else {
                    yearColumns[year] = column
                }
            }
            if yearColumns.isEmpty {
                problems.append(table.diagnostic(
                    line: table.headerLine, column: 1,
                    problem: "\(table.label) has no year column (no header in which `yearPattern` `\(pattern.source)` finds a year)",
                    hint: "head the year columns with their years (2009, 2010, ...), or change `yearPattern`"))
                continue
            }
            columns.append(TableColumns(keys: keys, yearColumns: yearColumns))
        }
        try stopIfNeeded()
        if let (lon, _) = configuration.coordinates, !columns.contains(where: { $0.keys.coordinates != nil }) {
            problems.append(configuration.diagnostic(
                at: "coordinates.lon", dataFile: file,
                problem: "the coordinate columns `\(lon)` and `\(configuration.coordinates?.latitude ?? "")` are in no table",
                hint: "add them to at least one indicator's table, or remove `coordinates` from the configuration"))
        }
        try stopIfNeeded()

        // Units in order of first appearance, with where each was first seen.
        var unitIndex: [String: Int] = [:]
        var unitNames: [String] = []
        var firstSeen: [(table: Int, line: Int, group: String)] = []
        for (t, table) in tables.enumerated() {
            let keys = columns[t].keys
            for (fields, line) in table.rows {
                guard fields.count == table.header.count else {
                    problems.append(table.diagnostic(
                        line: line, column: min(fields.count, table.header.count) + 1,
                        problem: "the row has \(fields.count) fields but the header has \(table.header.count)",
                        hint: "quote cells that contain commas, and fill missing cells (leave them empty for missing values)"))
                    if problems.count > DiagnosticList.limit { try stopIfNeeded() }
                    continue
                }
                let name = String(CellParsing.trimmed(fields[keys.unit]))
                guard !name.isEmpty else {
                    problems.append(table.diagnostic(line: line, column: keys.unit + 1, problem: "the unit name is empty",
                                                     hint: "give every row the name of its unit in column `\(table.header[keys.unit])`"))
                    continue
                }
                let group = String(CellParsing.trimmed(fields[keys.group]))
                let unit: Int
                if let known = unitIndex[name] {
                    unit = known
                    if let previous = columns[t].rowOfUnit[unit] {
                        problems.append(table.diagnostic(
                            line: line, column: keys.unit + 1,
                            problem: "a second row for unit `\(name)` in \(table.label) (the first is at \(table.reference(line: previous.line, column: keys.unit + 1)))",
                            found: name, hint: "keep one row per unit in each table; remove or correct the duplicate"))
                        continue
                    }
                    let first = firstSeen[unit]
                    if first.group != group {
                        let firstTable = tables[first.table]
                        let reference = firstTable.reference(line: first.line, column: columns[first.table].keys.group + 1)
                        problems.append(table.diagnostic(
                            line: line, column: keys.group + 1,
                            problem: "unit `\(name)` has group `\(group)` here but `\(first.group)` in \(firstTable.label) (\(reference))",
                            found: group, hint: "a unit belongs to one group in every table; correct one of the two cells"))
                        continue
                    }
                } else {
                    unit = unitNames.count
                    unitIndex[name] = unit
                    unitNames.append(name)
                    firstSeen.append((t, line, group))
                }
                columns[t].rowOfUnit[unit] = UnitRow(line: line, fields: fields)
                if problems.count > DiagnosticList.limit { try stopIfNeeded() }
            }
        }
        try stopIfNeeded()

        // The long records: each unit, each year in which some table has a value.
        let shape = LongRecordShape(configuration: configuration)
        var source = LayoutRecordSource(file: file, tables: tables, unitField: 0)
        let years = Set(columns.flatMap(\.yearColumns.keys)).sorted()
        let headerOrigin = { (t: Int, column: Int) in
            LayoutRecordSource.Origin(table: Int32(t), line: Int32(tables[t].headerLine), column: Int32(column + 1))
        }
        let firstKeys = columns[0].keys
        source.append(shape.names, origins: shape.arrange(
            unit: headerOrigin(0, firstKeys.unit), group: headerOrigin(0, firstKeys.group), year: headerOrigin(0, firstKeys.unit),
            coordinates: nil, indicators: columns.indices.map { headerOrigin($0, columns[$0].keys.unit) },
            empty: headerOrigin(0, firstKeys.unit)))
        var absent: [[String]] = Array(repeating: [], count: tables.count)
        for (unit, name) in unitNames.enumerated() {
            let first = firstSeen[unit]
            let firstRow = columns[first.table].rowOfUnit[unit]
            let firstKeys = columns[first.table].keys
            let cellOrigin = { (t: Int, line: Int, column: Int) in
                LayoutRecordSource.Origin(table: Int32(t), line: Int32(line), column: Int32(column + 1))
            }
            let unitOrigin = cellOrigin(first.table, first.line, firstKeys.unit)
            // Coordinates from the first table (in indicator order) that has them for this unit.
            var coordinates: (String, String)?
            var coordinateOrigins: (LayoutRecordSource.Origin, LayoutRecordSource.Origin)?
            for t in columns.indices {
                guard let (lonColumn, latColumn) = columns[t].keys.coordinates, let row = columns[t].rowOfUnit[unit] else { continue }
                let lon = row.fields[lonColumn], lat = row.fields[latColumn]
                if CellParsing.trimmed(lon).isEmpty && CellParsing.trimmed(lat).isEmpty { continue }
                coordinates = (lon, lat)
                coordinateOrigins = (cellOrigin(t, row.line, lonColumn), cellOrigin(t, row.line, latColumn))
                break
            }
            for t in columns.indices where columns[t].rowOfUnit[unit] == nil { absent[t].append(name) }
            // A unit with no value in any year keeps its (empty) rows, so that the usual
            // "no observed value" check (or --drop-incomplete) deals with it.
            var unitRecords: [(fields: [String], origins: [LayoutRecordSource.Origin], observed: Bool)] = []
            for year in years {
                var values: [String] = []
                var origins: [LayoutRecordSource.Origin] = []
                var observed = false, present = false
                for t in columns.indices {
                    if let row = columns[t].rowOfUnit[unit], let column = columns[t].yearColumns[year] {
                        let text = row.fields[column]
                        if !CellParsing.isMissing(CellParsing.trimmed(text)) { observed = true }
                        present = true
                        values.append(text)
                        origins.append(cellOrigin(t, row.line, column))
                    } else {
                        values.append("")
                        origins.append(unitOrigin)
                    }
                }
                guard present else { continue }
                let groupText = firstRow?.fields[firstKeys.group] ?? first.group
                unitRecords.append((
                    shape.arrange(unit: name, group: groupText, year: String(year), coordinates: coordinates,
                                  indicators: values, empty: ""),
                    shape.arrange(unit: unitOrigin, group: cellOrigin(first.table, first.line, firstKeys.group),
                                  year: unitOrigin, coordinates: coordinateOrigins, indicators: origins, empty: unitOrigin),
                    observed))
            }
            let anyObserved = unitRecords.contains { $0.observed }
            for record in unitRecords where record.observed || !anyObserved {
                source.append(record.fields, origins: record.origins)
            }
        }
        var warnings: [String] = []
        for (t, names) in absent.enumerated() where !names.isEmpty {
            let shown = names.prefix(5).map { "`\($0)`" }.joined(separator: ", ")
            warnings.append("\(file): \(tables[t].label) has no row for \(names.count) unit(s) (\(shown)\(names.count > 5 ? ", ..." : "")); their `\(tables[t].name)` values are missing")
        }
        return (source, warnings)
    }
}
