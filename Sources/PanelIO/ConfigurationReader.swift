import PanelData
import Yams

/// Walks a composed YAML/JSON document and builds an ``AnalysisConfiguration``,
/// collecting a diagnostic (file, line, column, key path) for every problem.
struct ConfigurationReader {
    let file: String
    var diagnostics: [Diagnostic] = []
    var locations: [String: ConfigurationLocation] = [:]

    init(file: String) { self.file = file }

    static let topLevelKeys = ["unit", "year", "group", "groupFrom", "groups", "coordinates",
                               "standardization", "weighting", "edges", "dimensions",
                               "lenientNumbers", "encoding", "layout", "sheet", "sheets", "yearPattern"]

    mutating func configuration(from root: Node) -> AnalysisConfiguration? {
        guard let top = mapping(root, path: "", allowed: Self.topLevelKeys) else { return nil }
        var configuration = AnalysisConfiguration(system: IndicatorSystem(dimensions: [], indicators: []))
        configuration.file = file
        if let node = top["unit"] {
            configuration.unitColumn = string(node, path: "unit") ?? ""
            remember("unit", node)
        }
        if let node = top["year"] {
            configuration.yearColumn = string(node, path: "year") ?? ""
            remember("year", node)
        }

        switch (top["group"], top["groupFrom"]) {
        case let (group?, nil):
            configuration.groupSource = .column(string(group, path: "group") ?? "")
            remember("group", group)
        case let (nil, from?):
            if let mapping = groupMapping(from) { configuration.groupSource = .mapped(mapping) }
        case let (group?, _?):
            report(group, "both `group` and `groupFrom` are given", hint: "keep one: `group` names a column of group names, `groupFrom` maps another column to groups")
        case (nil, nil):
            report(root, "no group column: neither `group` nor `groupFrom` is given",
                   hint: "add `group: region` (a column of group names) or a `groupFrom:` mapping")
        }
        if let node = top["groups"] {
            let names = stringList(node, path: "groups")
            if let names {
                if let duplicate = firstDuplicate(names) {
                    report(node, "`groups` lists a group twice", found: duplicate, hint: "list each group once")
                } else if names.isEmpty {
                    report(node, "`groups` is empty", hint: "list the groups in the order tables should show them, or leave the key out")
                }
            }
            configuration.groups = names
        }
        if let node = top["coordinates"], let map = mapping(node, path: "coordinates", allowed: ["lon", "lat"]) {
            let lon = map["lon"].flatMap { string($0, path: "coordinates.lon") }
            let lat = map["lat"].flatMap { string($0, path: "coordinates.lat") }
            if let lon, let lat {
                configuration.coordinates = (lon, lat)
                map["lon"].map { remember("coordinates.lon", $0) }
                map["lat"].map { remember("coordinates.lat", $0) }
            } else {
                report(node, "`coordinates` needs both `lon` and `lat`", hint: "write `coordinates: {lon: lon, lat: lat}` with your column names")
            }
        }
        if let node = top["standardization"], let value: StandardizationMode = choice(node, path: "standardization") {
            configuration.standardization = value
        }
        if let node = top["weighting"], let value: WeightingMethod = choice(node, path: "weighting") {
            configuration.weighting = value
            remember("weighting", node)
        }
        if let node = top["edges"], let value: EdgePolicy = choice(node, path: "edges") {
            configuration.edges = value
        }
        if let node = top["encoding"], let value: TextEncodingChoice = choice(node, path: "encoding") {
            configuration.encoding = value
        }
        if let node = top["layout"], let value: PanelLayout = choice(node, path: "layout") {
            configuration.layout = value
            remember("layout", node)
        }
        readSheetChoice(top, into: &configuration)
        if let node = top["lenientNumbers"], let value = bool(node, path: "lenientNumbers") {
            configuration.lenientNumbers = value
        }
        if let node = top["dimensions"] {
            if let system = indicatorSystem(node, weighting: configuration.weighting) {
                configuration.system = system
            }
        } else {
            report(root, "no `dimensions`: the configuration names no indicators",
                   hint: "list the dimensions and their indicators; `resilience init-config` prints an example")
        }
        for (path, value) in [("unit", configuration.unitColumn), ("year", configuration.yearColumn)] where value.isEmpty {
            report(top[path] ?? root, "`\(path)` is empty", hint: "name the column that holds the \(path)")
        }
        configuration.locations = locations
        return diagnostics.isEmpty ? configuration : nil
    }

    // MARK: - Parts

    /// `sheet` (long layout), `sheets` (wide-by-year) and `yearPattern` (wide layouts),
    /// each refused with a layout it does not apply to, so a misplaced key is caught.
    private mutating func readSheetChoice(_ top: [String: Node], into configuration: inout AnalysisConfiguration) {
        let layout = configuration.layout
        if let node = top["sheet"], let name = string(node, path: "sheet") {
            remember("sheet", node)
            if layout != .long {
                report(node, "`sheet` applies to `layout: long` only, but the layout is `\(layout.rawValue)`",
                       found: name, hint: layout == .wideByYear
                           ? "list the sheets of the years in `sheets:`, or leave it out to read every sheet"
                           : "with `wide-by-indicator` each indicator is read from the sheet named by its `column`; remove `sheet`")
            } else if name.isEmpty {
                report(node, "`sheet` is empty", hint: "name the worksheet that holds the panel, as its tab shows it")
            }
            configuration.sheet = name
        }
        if let node = top["sheets"], let names = stringList(node, path: "sheets") {
            remember("sheets", node)
            if layout != .wideByYear {
                report(node, "`sheets` applies to `layout: wide-by-year` only, but the layout is `\(layout.rawValue)`",
                       hint: layout == .long ? "name the one sheet with `sheet:`"
                                             : "with `wide-by-indicator` each indicator is read from the sheet named by its `column`; remove `sheets`")
            } else if let duplicate = firstDuplicate(names) {
                report(node, "`sheets` lists a sheet twice", found: duplicate, hint: "list each sheet once")
            } else if names.isEmpty {
                report(node, "`sheets` is empty", hint: "list the sheets of the years, or leave the key out to read every sheet")
            }
            configuration.sheets = names
        }
        if let node = top["yearPattern"], let pattern = string(node, path: "yearPattern") {
            remember("yearPattern", node)
            if layout == .long {
                report(node, "`yearPattern` applies to the wide layouts only, but the layout is `long`",
                       found: pattern, hint: "in the long layout the year is read from the `year` column; remove `yearPattern`")
            } else if let problem = YearPattern.problem(with: pattern) {
                report(node, "`yearPattern` is not a usable regular expression: \(problem)", found: pattern,
                       hint: #"write e.g. `yearPattern: '(\d{4})'`: the first capture group (or the whole match) is the year"#)
            }
            configuration.yearPattern = pattern
        }
    }

    private mutating func groupMapping(_ node: Node) -> AnalysisConfiguration.GroupMapping? {
        guard let map = mapping(node, path: "groupFrom", allowed: ["column", "map"]) else { return nil }
        guard let columnNode = map["column"], let column = string(columnNode, path: "groupFrom.column") else {
            report(node, "`groupFrom` needs `column`", hint: "name the column whose values are mapped to groups, e.g. `column: province`")
            return nil
        }
        guard let mapNode = map["map"], case let .mapping(entries) = mapNode else {
            report(map["map"] ?? node, "`groupFrom.map` must be a mapping from values to groups",
                   hint: "write e.g. `map: {Hebei: East, Shanxi: Central}`")
            return nil
        }
        remember("groupFrom.column", columnNode)
        var pairs: [(key: String, group: String)] = []
        for (key, value) in entries {
            guard let key = key.scalar?.string else { continue }
            if let group = string(value, path: "groupFrom.map.\(key)") { pairs.append((key, group)) }
        }
        return AnalysisConfiguration.GroupMapping(column: column, map: pairs)
    }

    private mutating func indicatorSystem(_ node: Node, weighting: WeightingMethod) -> IndicatorSystem? {
        guard case let .sequence(list) = node else {
            report(node, "`dimensions` must be a list", hint: "write `dimensions:` followed by `- name: ...` entries")
            return nil
        }
        var dimensions: [String] = []
        var indicators: [Indicator] = []
        var seenColumns: [String: String] = [:]
        for (d, dimensionNode) in list.enumerated() {
            let path = "dimensions[\(d)]"
            guard let map = mapping(dimensionNode, path: path, allowed: ["name", "indicators"]) else { continue }
            guard let nameNode = map["name"], let name = string(nameNode, path: "\(path).name") else {
                report(dimensionNode, "`\(path)` has no `name`", hint: "give the dimension a name")
                continue
            }
            if dimensions.contains(name) {
                report(nameNode, "dimension `\(name)` is listed twice", found: name, hint: "give each dimension one entry")
            }
            dimensions.append(name)
            guard let listNode = map["indicators"], case let .sequence(entries) = listNode, !entries.isEmpty else {
                report(map["indicators"] ?? dimensionNode, "`\(path).indicators` must be a non-empty list",
                       hint: "list the dimension's indicators as `- column: ...` entries")
                continue
            }
            for (i, entry) in entries.enumerated() {
                let entryPath = "\(path).indicators[\(i)]"
                guard let fields = mapping(entry, path: entryPath,
                                           allowed: ["column", "name", "unit", "direction", "weight"]) else { continue }
                guard let columnNode = fields["column"], let column = string(columnNode, path: "\(entryPath).column") else {
                    report(entry, "`\(entryPath)` has no `column`", hint: "name the data column of this indicator")
                    continue
                }
                if let other = seenColumns[column] {
                    report(columnNode, "column `\(column)` is used by two indicators", found: "also at \(other)",
                           hint: "each indicator reads its own column")
                }
                seenColumns[column] = "\(entryPath).column"
                remember("indicator:\(column)", columnNode)
                let name = fields["name"].flatMap { string($0, path: "\(entryPath).name") } ?? column
                let unit = fields["unit"].flatMap { string($0, path: "\(entryPath).unit") } ?? ""
                var direction = Direction.positive
                if let directionNode = fields["direction"] {
                    direction = choice(directionNode, path: "\(entryPath).direction") ?? .positive
                } else {
                    report(entry, "`\(entryPath)` has no `direction`",
                           hint: "add `direction: positive` (more is better) or `direction: negative`")
                }
                var weight: Double?
                if let weightNode = fields["weight"] {
                    weight = number(weightNode, path: "\(entryPath).weight")
                    if weighting != .given {
                        report(weightNode, "`weight` is given but `weighting` is not `given`",
                               hint: "set `weighting: given` to use listed weights, or remove `weight`")
                    } else if let value = weight, value < 0 {
                        report(weightNode, "a weight is negative", found: "\(value)", hint: "weights must be non-negative")
                    }
                } else if weighting == .given {
                    report(entry, "`\(entryPath)` has no `weight` but `weighting` is `given`",
                           hint: "give every indicator a `weight`")
                }
                indicators.append(Indicator(id: column, name: name, unit: unit, direction: direction,
                                            dimension: dimensions.count - 1, givenWeight: weight))
            }
        }
        if list.isEmpty {
            report(node, "`dimensions` is empty", hint: "list at least one dimension with one indicator")
        }
        return diagnostics.isEmpty ? IndicatorSystem(dimensions: dimensions, indicators: indicators) : nil
    }

    // MARK: - Typed values

    private mutating func mapping(_ node: Node, path: String, allowed: [String]) -> [String: Node]? {
        guard case let .mapping(map) = node else {
            report(node, path.isEmpty ? "the configuration must be a mapping of keys to values" : "`\(path)` must be a mapping",
                   hint: "write `key: value` lines")
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in map {
            let key = keyNode.scalar?.string ?? ""
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            if allowed.contains(key) {
                result[key] = value
            } else {
                let suggestion = allowed.min { editDistance($0, key) < editDistance($1, key) }
                let near = suggestion.map { editDistance($0, key) <= 2 ? "did you mean `\($0)`? " : "" } ?? ""
                report(keyNode, "unknown key `\(keyPath)`", found: key,
                       hint: "\(near)allowed here: \(allowed.joined(separator: ", "))")
            }
        }
        return result
    }

    private mutating func string(_ node: Node, path: String) -> String? {
        guard let scalar = node.scalar else {
            report(node, "`\(path)` must be a single value", hint: "write it as plain text")
            return nil
        }
        return scalar.string
    }

    private mutating func stringList(_ node: Node, path: String) -> [String]? {
        guard case let .sequence(list) = node else {
            report(node, "`\(path)` must be a list", hint: "write it as `[A, B, C]`")
            return nil
        }
        return list.enumerated().compactMap { index, item in string(item, path: "\(path)[\(index)]") }
    }

    private mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, path: String) -> Choice?
    where Choice.RawValue == String {
        guard let text = string(node, path: path) else { return nil }
        if let value = Choice(rawValue: text) { return value }
        report(node, "`\(path)` has an unknown value", found: text,
               hint: "use one of: \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    private mutating func bool(_ node: Node, path: String) -> Bool? {
        switch string(node, path: path)?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        case nil: return nil
        case let other?:
            report(node, "`\(path)` must be true or false", found: other, hint: "write `\(path): true` or `\(path): false`")
            return nil
        }
    }

    private mutating func number(_ node: Node, path: String) -> Double? {
        guard let text = string(node, path: path) else { return nil }
        if let value = Double(text), value.isFinite { return value }
        report(node, "`\(path)` must be a number", found: text, hint: "write a decimal number such as 0.25")
        return nil
    }

    /// Records where a value stands, so a later check against the data can point at it.
    private mutating func remember(_ key: String, _ node: Node) {
        locations[key] = ConfigurationLocation(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    private mutating func report(_ node: Node, _ problem: String, found: String? = nil, hint: String) {
        let mark = node.mark
        diagnostics.append(Diagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                      problem: problem, found: found, hint: hint))
    }

    private func firstDuplicate(_ names: [String]) -> String? {
        var seen = Set<String>()
        return names.first { !seen.insert($0).inserted }
    }
}

/// Levenshtein distance, for "did you mean" hints on unknown keys.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased()), b = Array(b.lowercased())
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var current = [i + 1]
        for (j, y) in b.enumerated() {
            current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
        }
        previous = current
    }
    return previous[b.count]
}
