import PanelData

/// `layout: wide-by-year`: one table per year (a sheet of a workbook, or a CSV file of a
/// folder), units as rows, indicators as columns; the year is found in the table's name
/// by `yearPattern`.
///
/// Each table needs the unit and group columns (or the column groups are mapped from),
/// the coordinate columns when `coordinates` is configured, and every indicator column,
/// all by their configured names; other columns are ignored. Each data row becomes the
/// long record (unit, group, year, coordinates, indicators), tables taken in year order
/// and rows in sheet order, so the units keep their order of first appearance.
///
/// Problems: a table whose name holds no year, two tables of one year, a missing column,
/// a repeated header name, a row whose field count differs from its header (CSV); then
/// every check of ``LongPanelReader`` on the records, reported at the original cell.
enum WideByYearLayout {
    static func records(from tables: [LayoutTable], file: String, configuration: AnalysisConfiguration,
                        pattern: YearPattern) throws -> LayoutRecordSource {
        var problems: [Diagnostic] = []
        // The year of each table.
        var yearOfTable: [(year: Int, table: Int)] = []
        var tableOfYear: [Int: Int] = [:]
        for (index, table) in tables.enumerated() {
            guard let year = pattern.year(in: table.name) else {
                let what = table.source is XLSXRecordSource ? "the sheet name" : "the file name"
                problems.append(table.diagnostic(
                    line: table.headerLine, column: 1,
                    problem: "\(what) `\(table.name)` holds no year (`yearPattern` is `\(pattern.source)`)", found: table.name,
                    hint: table.source is XLSXRecordSource
                        ? "name each sheet after its year, list only the year sheets in `sheets:`, or change `yearPattern`"
                        : "name each file after its year (e.g. 2019.csv), or change `yearPattern`"))
                continue
            }
            if let other = tableOfYear[year] {
                problems.append(table.diagnostic(
                    line: table.headerLine, column: 1,
                    problem: "\(table.label) and \(tables[other].label) both hold year \(year)", found: table.name,
                    hint: "keep one table per year, or list the ones to read in `sheets:`"))
                continue
            }
            tableOfYear[year] = index
            yearOfTable.append((year, index))
        }
        yearOfTable.sort { $0.year < $1.year }

        // The columns of each table.
        var columnsOfTable: [Int: (keys: KeyColumns, indicators: [Int])] = [:]
        for (_, index) in yearOfTable {
            let table = tables[index]
            guard let keys = KeyColumns.locate(in: table, configuration: configuration, coordinatesRequired: true,
                                               problems: &problems) else { continue }
            var indicators: [Int] = []
            var complete = true
            for indicator in configuration.system.indicators {
                if let column = keys.position[indicator.id] {
                    indicators.append(column)
                } else {
                    complete = false
                    problems.append(KeyColumns.missingColumn(indicator.id, key: "indicator:\(indicator.id)", role: "indicator",
                                                             table: table, configuration: configuration,
                                                             position: keys.position))
                }
            }
            if complete { columnsOfTable[index] = (keys, indicators) }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }

        var source = LayoutRecordSource(file: file, tables: tables, unitField: 0)
        let header = LongRecordShape(configuration: configuration)
        if let (_, first) = yearOfTable.first, let columns = columnsOfTable[first] {
            let origin = { (column: Int) in LayoutRecordSource.Origin(table: Int32(first), line: Int32(tables[first].headerLine),
                                                                      column: Int32(column + 1)) }
            source.append(header.names, origins: header.arrange(unit: origin(columns.keys.unit), group: origin(columns.keys.group),
                                                                year: origin(columns.keys.unit),
                                                                coordinates: columns.keys.coordinates.map { (origin($0.0), origin($0.1)) },
                                                                indicators: columns.indicators.map(origin)))
        }
        for (year, index) in yearOfTable {
            guard let columns = columnsOfTable[index] else { continue }
            let table = tables[index]
            let yearText = String(year)
            for (fields, line) in table.rows {
                guard fields.count == table.header.count else {
                    problems.append(table.diagnostic(
                        line: line, column: min(fields.count, table.header.count) + 1,
                        problem: "the row has \(fields.count) fields but the header has \(table.header.count)",
                        hint: "quote cells that contain commas, and fill missing cells (leave them empty for missing values)"))
                    if problems.count > DiagnosticList.limit { break }
                    continue
                }
                let origin = { (column: Int) in LayoutRecordSource.Origin(table: Int32(index), line: Int32(line),
                                                                          column: Int32(column + 1)) }
                let keys = columns.keys
                let record = header.arrange(unit: fields[keys.unit], group: fields[keys.group], year: yearText,
                                            coordinates: keys.coordinates.map { (fields[$0.0], fields[$0.1]) },
                                            indicators: columns.indicators.map { fields[$0] })
                let origins = header.arrange(unit: origin(keys.unit), group: origin(keys.group), year: origin(keys.unit),
                                             coordinates: keys.coordinates.map { (origin($0.0), origin($0.1)) },
                                             indicators: columns.indicators.map(origin))
                source.append(record, origins: origins)
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return source
    }
}

/// The fields of a long record as ``LongPanelReader`` reads them: unit, group (or the
/// column mapped to groups), year, longitude and latitude when configured, indicators.
struct LongRecordShape {
    let names: [String]
    let hasCoordinates: Bool

    init(configuration: AnalysisConfiguration) {
        let group: String
        switch configuration.groupSource {
        case let .column(name): group = name
        case let .mapped(mapping): group = mapping.column
        }
        var names = [configuration.unitColumn, group, configuration.yearColumn]
        if let (lon, lat) = configuration.coordinates { names += [lon, lat] }
        hasCoordinates = configuration.coordinates != nil
        self.names = names + configuration.system.indicators.map(\.id)
    }

    /// The values in record order; missing coordinates are `empty`.
    func arrange<Value>(unit: Value, group: Value, year: Value, coordinates: (Value, Value)?,
                        indicators: [Value], empty: Value? = nil) -> [Value] {
        var fields = [unit, group, year]
        if hasCoordinates {
            if let (lon, lat) = coordinates {
                fields += [lon, lat]
            } else {
                fields += [empty ?? unit, empty ?? unit]
            }
        }
        return fields + indicators
    }
}
