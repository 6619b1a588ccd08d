import PanelData

/// The columns of a wide table that name its rows: the unit, the group (or the column
/// mapped to groups) and, when configured, longitude and latitude, found in the table's
/// header by their configured names.
struct KeyColumns {
    /// 0-based positions.
    var unit: Int
    var group: Int
    var coordinates: (longitude: Int, latitude: Int)?
    /// Header names by 0-based position (first occurrence of each name).
    var position: [String: Int]

    /// The 0-based positions of every key column.
    var all: Set<Int> {
        var set: Set<Int> = [unit, group]
        if let coordinates { set.insert(coordinates.longitude); set.insert(coordinates.latitude) }
        return set
    }

    /// Finds the key columns in `table`'s header, adding a diagnostic for each one that is
    /// missing and for each header name given twice.
    ///
    /// - Parameter coordinatesRequired: when false, missing coordinate columns are not a
    ///   problem (``coordinates`` is then nil).
    static func locate(in table: LayoutTable, configuration: AnalysisConfiguration, coordinatesRequired: Bool,
                       problems: inout [Diagnostic]) -> KeyColumns? {
        var position: [String: Int] = [:]
        for (column, name) in table.header.enumerated() where !name.isEmpty {
            if position[name] != nil {
                problems.append(table.diagnostic(line: table.headerLine, column: column + 1,
                                                 problem: "the header of \(table.label) names column `\(name)` twice",
                                                 found: name, hint: "rename or remove one of the two columns"))
            } else {
                position[name] = column
            }
        }
        var missing = false
        func locate(_ name: String, key: String, role: String) -> Int {
            if let column = position[name] { return column }
            missing = true
            problems.append(missingColumn(name, key: key, role: role, table: table, configuration: configuration,
                                          position: position))
            return 0
        }
        let unit = locate(configuration.unitColumn, key: "unit", role: "unit")
        let group: Int
        switch configuration.groupSource {
        case let .column(name): group = locate(name, key: "group", role: "group")
        case let .mapped(mapping): group = locate(mapping.column, key: "groupFrom.column", role: "groupFrom")
        }
        var coordinates: (Int, Int)?
        if let (lon, lat) = configuration.coordinates {
            if coordinatesRequired {
                coordinates = (locate(lon, key: "coordinates.lon", role: "longitude"),
                               locate(lat, key: "coordinates.lat", role: "latitude"))
            } else if let lonColumn = position[lon], let latColumn = position[lat] {
                coordinates = (lonColumn, latColumn)
            }
        }
        return missing ? nil : KeyColumns(unit: unit, group: group, coordinates: coordinates, position: position)
    }

    /// "the unit column `city` is not in the header of sheet `2019`", at the configuration
    /// key that names the column (or at the table's header when the configuration is
    /// built in).
    static func missingColumn(_ name: String, key: String, role: String, table: LayoutTable,
                              configuration: AnalysisConfiguration, position: [String: Int]) -> Diagnostic {
        let near = position.keys.min { editDistance($0, name) < editDistance($1, name) }
        let suggestion = near.map { editDistance($0, name) <= 2 ? "did you mean `\($0)`? " : "" } ?? ""
        let problem = "the \(role) column `\(name)` is not in the header of \(table.label)"
        let hint = "\(suggestion)the header has: \(table.header.filter { !$0.isEmpty }.prefix(20).joined(separator: ", "))"
        if configuration.file != nil, configuration.locations[key] != nil {
            return configuration.diagnostic(at: key, dataFile: table.source.file, problem: problem, found: name, hint: hint)
        }
        return table.diagnostic(line: table.headerLine, column: 1, problem: problem, found: name, hint: hint)
    }
}
