import PanelData

/// Writes a configuration as commented YAML that ``ConfigurationLoader`` reads back
/// (`resilience init-config`).
public enum ConfigurationWriter {
    public static func yaml(_ configuration: AnalysisConfiguration) -> String {
        var lines: [String] = [
            "# resilience configuration (see README: Configuration reference)",
            "unit: \(scalar(configuration.unitColumn))                 # column naming the unit (city)",
            "year: \(scalar(configuration.yearColumn))                 # column with the year (an integer)",
        ]
        switch configuration.groupSource {
        case let .column(name):
            lines.append("group: \(scalar(name))             # column with the group (region) ...")
            lines.append("# groupFrom:                # ... or, instead, a column mapped to groups")
            lines.append("#   column: province")
            lines.append("#   map: {Hebei: East, Shanxi: Central, Liaoning: Northeast}")
        case let .mapped(mapping):
            lines.append("groupFrom:")
            lines.append("  column: \(scalar(mapping.column))")
            lines.append("  map:")
            for entry in mapping.map { lines.append("    \(scalar(entry.key)): \(scalar(entry.group))") }
        }
        if let groups = configuration.groups {
            lines.append("groups: [\(groups.map(scalar).joined(separator: ", "))]   # order of groups in tables and pair keys")
        }
        if let coordinates = configuration.coordinates {
            lines.append("coordinates: {lon: \(scalar(coordinates.longitude)), lat: \(scalar(coordinates.latitude))}   # optional, for maps")
        }
        lines += [
            "standardization: \(configuration.standardization.rawValue)    # pooled | per-year",
            "weighting: \(configuration.weighting.rawValue)          # critic | entropy | cv | stdev | equal | given",
            "edges: \(configuration.edges.rawValue)             # leading/trailing gaps: nearest | linear | error",
            "lenientNumbers: \(configuration.lenientNumbers)     # true: read 1,234.5 and 12.3% as numbers",
            "encoding: \(configuration.encoding.rawValue)             # auto | utf-8 | gb18030",
            "layout: \(configuration.layout.rawValue)               # long | wide-by-year | wide-by-indicator",
        ]
        if let sheet = configuration.sheet { lines.append("sheet: \(scalar(sheet))               # the worksheet of a long .xlsx") }
        if let sheets = configuration.sheets {
            lines.append("sheets: [\(sheets.map(scalar).joined(separator: ", "))]   # the sheets of a wide-by-year panel")
        }
        if configuration.yearPattern != AnalysisConfiguration.defaultYearPattern || configuration.layout == .wideByYear {
            lines.append("yearPattern: \(scalar(configuration.yearPattern))   # finds the year in a sheet or file name")
        }
        lines += [
            "dimensions:                # in order; each indicator belongs to exactly one",
        ]
        let system = configuration.system
        for (d, dimension) in system.dimensions.enumerated() {
            lines.append("  - name: \(scalar(dimension))")
            lines.append("    indicators:")
            for j in system.indicators(inDimension: d) {
                let indicator = system.indicators[j]
                lines.append("      - column: \(scalar(indicator.id))")
                lines.append("        name: \(scalar(indicator.name))")
                lines.append("        unit: \(scalar(indicator.unit))")
                lines.append("        direction: \(indicator.direction.rawValue)")
                if let weight = indicator.givenWeight { lines.append("        weight: \(weight)") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML scalar, double-quoted when plain style could be misread.
    static func scalar(_ text: String) -> String {
        let plainSafe = !text.isEmpty && text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
            && text.allSatisfy { $0.isLetter || $0.isNumber || " _-./()".contains($0) }
            && !["true", "false", "yes", "no", "null", "on", "off", "y", "n", "~"].contains(text.lowercased())
            && text.first != " " && text.last != " " && Double(text) == nil && text.first != "-"
        if plainSafe { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    escaped += "\\x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return "\"\(escaped)\""
    }
}
