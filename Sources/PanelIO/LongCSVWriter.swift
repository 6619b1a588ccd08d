import PanelData

/// Writes a panel as the canonical long CSV that ``LongPanelReader`` reads back: unit,
/// group (or the column groups are mapped from, and the group), year, coordinates when
/// known, then one column per indicator; missing cells empty; numbers in shortest
/// round-trip form. Streams in chunks.
public enum LongCSVWriter {
    /// - Parameters:
    ///   - extraColumns: more columns after the unit, e.g. `("province", values per unit)`.
    public static func write(_ panel: Panel, configuration: AnalysisConfiguration,
                             extraColumns: [(name: String, valueOfUnit: [String])] = [],
                             to sink: (String) throws -> Void) throws {
        let groupColumn: String
        switch configuration.groupSource {
        case let .column(name): groupColumn = name
        case .mapped: groupColumn = "group"
        }
        let hasCoordinates = configuration.coordinates != nil
            || panel.units.contains { $0.longitude != nil || $0.latitude != nil }
        let coordinates = configuration.coordinates ?? (longitude: "lon", latitude: "lat")
        var header = [configuration.unitColumn] + extraColumns.map(\.name) + [groupColumn, configuration.yearColumn]
        if hasCoordinates { header += [coordinates.longitude, coordinates.latitude] }
        header += panel.system.indicators.map(\.id)
        var chunk = CSVText.line(header)
        for row in 0..<panel.rowCount {
            let unitIndex = Int(panel.rowUnit[row])
            let unit = panel.units[unitIndex]
            var fields = [unit.name] + extraColumns.map { $0.valueOfUnit[unitIndex] }
            fields += [panel.groups[unit.group], String(panel.years[Int(panel.rowYear[row])])]
            if hasCoordinates {
                fields += [unit.longitude.flatMap(NumberText.roundTrip) ?? "", unit.latitude.flatMap(NumberText.roundTrip) ?? ""]
            }
            for column in panel.values { fields.append(NumberText.roundTrip(column[row]) ?? "") }
            chunk += CSVText.line(fields)
            if chunk.utf8.count > 1 << 20 {
                try sink(chunk)
                chunk = ""
            }
        }
        try sink(chunk)
    }
}
