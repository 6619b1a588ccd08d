import Inequality
import PanelData

/// Writes an ``AnalysisResult`` as results.json (FORMATS.md, schema version 1), keys in
/// schema order and groups, pairs, dimensions and indicators in configured order.
public enum ResultsJSON {
    public static let schemaVersion = 1

    /// Streams the JSON text to `sink` in chunks.
    public static func write(_ result: AnalysisResult, to sink: @escaping (String) throws -> Void) throws {
        var json = JSONWriter(sink: sink)
        let input = result.input
        let system = input.system
        let dimensions = system.dimensions
        let groups = input.groups
        try json.beginObject()
        try json.integer("schemaVersion", schemaVersion)
        try writeInput(input, to: &json)
        try json.string("standardization", result.standardization.rawValue)
        try json.string("weighting", result.weighting.rawValue)
        if result.standardization == .pooled, let pooled = result.weights.first {
            try writeWeights(pooled, key: "weights", system: system, to: &json)
            try json.numberMap("dimensionWeights", zip(dimensions, pooled.dimensionWeights).map { ($0, $1) })
        } else {
            try json.beginObject("weightsByYear")
            for weights in result.weights {
                try json.beginObject(String(weights.year ?? 0))
                try writeWeights(weights, key: "weights", system: system, to: &json)
                try json.numberMap("dimensionWeights", zip(dimensions, weights.dimensionWeights).map { ($0, $1) })
                try json.endObject()
            }
            try json.endObject()
        }
        try writeScores(result, to: &json)
        try json.beginArray("yearly")
        for (index, year) in result.yearly.enumerated() {
            try json.beginObject()
            try json.integer("year", year.year)
            try json.number("mean", year.mean)
            try json.numberMap("groupMeans", zip(groups, year.groupMeans).map { ($0, $1) }, compact: true)
            try json.numberMap("dimensionMeans", zip(dimensions, year.dimensionMeans).map { ($0, $1) }, compact: true)
            try writeDecomposition(year.decomposition, groups: groups, sourceNames: dimensions,
                                   finerNames: system.indicators.map(\.id), to: &json)
            try TheilJSON.write(year.theil, groups: groups, to: &json)
            if let bootstrap = result.bootstrap {
                try writeIntervals(bootstrap.years[index], options: bootstrap.options, groups: groups,
                                   sourceNames: dimensions, to: &json)
            }
            try json.endObject()
        }
        try json.endArray()
        try json.beginObject("summary")
        try writeGrowth("meanGrowth", result.meanGrowth, includeTotal: false, to: &json)
        try writeGrowth("giniChange", result.giniChange, includeTotal: true, to: &json)
        try json.endObject()
        try json.endObject()
        try json.finish()
    }

    /// The `scores` array, one compact record per row:
    /// `{"unit": "…", "group": "…", "year": 2009, "score": …, "dimensions": {"…": …}}`.
    /// Most of a large results.json, so each record is built as one string (the quoted
    /// unit and group of each unit and the text of each year made once) and written as
    /// one element: the same text as writing each field through ``JSONWriter``.
    private static func writeScores(_ result: AnalysisResult, to json: inout JSONWriter) throws {
        let input = result.input
        let unitPrefixes = input.units.map { unit in
            var text = "{\"unit\": "
            JSONWriter.appendQuoted(unit.name, to: &text)
            text += ", \"group\": "
            JSONWriter.appendQuoted(input.groups[unit.group], to: &text)
            return text + ", \"year\": "
        }
        let yearTexts = input.years.map { "\($0), \"score\": " }
        let dimensionKeys = input.system.dimensions.enumerated().map { index, name in
            var text = index == 0 ? "" : ", "
            JSONWriter.appendQuoted(name, to: &text)
            return text + ": "
        }
        let dimensionScores = result.scores.dimensionScores
        var record = ""
        try json.beginArray("scores")
        for row in result.rowUnit.indices {
            record.removeAll(keepingCapacity: true)
            record += unitPrefixes[Int(result.rowUnit[row])]
            record += yearTexts[Int(result.rowYear[row])]
            record += NumberText.roundTrip(result.scores.score[row]) ?? "null"
            record += ", \"dimensions\": {"
            for (key, scores) in zip(dimensionKeys, dimensionScores) {
                record += key
                record += NumberText.roundTrip(scores[row]) ?? "null"
            }
            record += "}}"
            try json.rawValue(record)
        }
        try json.endArray()
    }

    private static func writeInput(_ input: InputDescription, to json: inout JSONWriter) throws {
        let system = input.system
        try json.beginObject("input")
        try json.string("source", input.source)
        try json.bool("synthetic", input.synthetic)
        try json.integer("units", input.units.count)
        try json.beginArray("years", compact: true)
        for year in input.years { try json.integer(nil, year) }
        try json.endArray()
        try json.beginArray("groups")
        for (name, count) in zip(input.groups, input.unitsPerGroup) {
            try json.beginObject(compact: true)
            try json.string("name", name)
            try json.integer("units", count)
            try json.endObject()
        }
        try json.endArray()
        try json.beginArray("dimensions", compact: true)
        for name in system.dimensions { try json.string(nil, name) }
        try json.endArray()
        try json.beginArray("indicators")
        for indicator in system.indicators {
            try json.beginObject(compact: true)
            try json.string("id", indicator.id)
            try json.string("name", indicator.name)
            try json.string("dimension", system.dimensions[indicator.dimension])
            try json.string("direction", indicator.direction.rawValue)
            try json.string("unit", indicator.unit)
            try json.endObject()
        }
        try json.endArray()
        try json.beginArray("imputed")
        for cell in input.imputed {
            try json.beginObject(compact: true)
            try json.string("unit", input.units[cell.unit].name)
            try json.integer("year", cell.year)
            try json.string("indicator", system.indicators[cell.indicator].id)
            try json.number("value", cell.value)
            try json.string("method", cell.method.rawValue)
            try json.endObject()
        }
        try json.endArray()
        try json.beginArray("dropped")
        for unit in input.dropped {
            try json.beginObject(compact: true)
            try json.string("unit", unit.unit)
            try json.string("reason", unit.reason)
            try json.endObject()
        }
        try json.endArray()
        try json.beginArray("warnings")
        for warning in input.warnings { try json.string(nil, warning) }
        try json.endArray()
        try json.integer("rows", input.rowCount)
        if let encoding = input.encoding { try json.string("encoding", encoding) }
        try json.endObject()
    }

    private static func writeWeights(_ weights: WeightsResult, key: String, system: IndicatorSystem,
                                     to json: inout JSONWriter) throws {
        let set = weights.set
        try json.beginArray(key)
        for (j, indicator) in system.indicators.enumerated() {
            try json.beginObject(compact: true)
            try json.string("indicator", indicator.id)
            try json.string("dimension", system.dimensions[indicator.dimension])
            try json.string("direction", indicator.direction.rawValue)
            try json.number("sigma", set.sigma[j])
            try json.number("conflict", set.conflict?[j])
            try json.number("information", set.information?[j])
            if let entropy = set.entropy { try json.number("entropy", entropy[j]) }
            try json.number("weight", set.weights[j])
            try json.endObject()
        }
        try json.endArray()
    }

    /// Writes the decomposition keys of one yearly entry (shared with `decompose`).
    public static func writeDecomposition(_ d: YearDecomposition, groups: [String], sourceNames: [String],
                                          finerNames: [String]?, to json: inout JSONWriter) throws {
        let pairs = GroupPairs.pairs(groupCount: groups.count).map { "\(groups[$0.0])|\(groups[$0.1])" }
        try json.number("gini", d.gini)
        try json.numberMap("within", zip(groups, d.within).map { ($0, $1) }, compact: true)
        try json.numberMap("between", zip(pairs, d.between).map { ($0, $1) }, compact: true)
        try json.number("withinTotal", d.withinTotal)
        try json.number("betweenTotal", d.betweenTotal)
        try json.numberMap("groupGini", zip(groups, d.groupGini).map { ($0, $1) }, compact: true)
        try json.numberMap("pairGini", zip(pairs, d.pairGini).map { ($0, $1) }, compact: true)
        try json.numberMap("affluence", zip(pairs, d.affluence).map { ($0, $1) }, compact: true)
        try json.number("netBetween", d.netBetween)
        try json.number("transvariation", d.transvariation)
        try json.numberMap("sources", zip(sourceNames, d.sources).map { ($0, $1) }, compact: true)
        if let finerNames, !d.finerSources.isEmpty {
            try json.numberMap("indicatorSources", zip(finerNames, d.finerSources).map { ($0, $1) }, compact: true)
        }
        try json.beginObject("twoWay")
        try json.beginObject("within")
        for (group, cells) in zip(groups, d.twoWayWithin) {
            try json.numberMap(group, zip(sourceNames, cells).map { ($0, $1) }, compact: true)
        }
        try json.endObject()
        try json.beginObject("between")
        for (pair, cells) in zip(pairs, d.twoWayBetween) {
            try json.numberMap(pair, zip(sourceNames, cells).map { ($0, $1) }, compact: true)
        }
        try json.endObject()
        try json.endObject()
        try json.beginObject("contributionRates")
        try json.number("withinTotal", d.contributionRate(d.withinTotal))
        try json.number("betweenTotal", d.contributionRate(d.betweenTotal))
        try json.number("netBetween", d.contributionRate(d.netBetween))
        try json.number("transvariation", d.contributionRate(d.transvariation))
        try json.numberMap("within", zip(groups, d.within).map { ($0, d.contributionRate($1)) }, compact: true)
        try json.numberMap("between", zip(pairs, d.between).map { ($0, d.contributionRate($1)) }, compact: true)
        try json.numberMap("sources", zip(sourceNames, d.sources).map { ($0, d.contributionRate($1)) }, compact: true)
        try json.endObject()
        try json.integer("units", d.count)
    }

    /// `yearly[].ci`: the bootstrap's percentile intervals as `[lower, upper]` pairs.
    private static func writeIntervals(_ ci: YearIntervals, options: BootstrapOptions, groups: [String],
                                       sourceNames: [String], to json: inout JSONWriter) throws {
        let pairs = GroupPairs.pairs(groupCount: groups.count).map { "\(groups[$0.0])|\(groups[$0.1])" }
        func pair(_ key: String?, _ interval: Interval?) throws {
            guard let interval else { return try json.null(key) }
            try json.beginArray(key, compact: true)
            try json.number(nil, interval.lower)
            try json.number(nil, interval.upper)
            try json.endArray()
        }
        func map(_ key: String, _ names: [String], _ intervals: [Interval]) throws {
            try json.beginObject(key, compact: true)
            for (name, interval) in zip(names, intervals) { try pair(name, interval) }
            try json.endObject()
        }
        try json.beginObject("ci")
        try json.number("level", options.level)
        try json.integer("replicates", options.replicates)
        try json.string("stage", options.stage.rawValue)
        try json.string("method", "percentile, units resampled within groups")
        try pair("gini", ci.gini)
        try pair("giniChange", ci.giniChange)
        try pair("giniChangeFromFirst", ci.giniChangeFromFirst)
        try map("within", groups, ci.within)
        try map("between", pairs, ci.between)
        try pair("withinTotal", ci.withinTotal)
        try pair("betweenTotal", ci.betweenTotal)
        try pair("netBetween", ci.netBetween)
        try pair("transvariation", ci.transvariation)
        try map("sources", sourceNames, ci.sources)
        try map("sourceRates", sourceNames, ci.sourceRates)
        try json.beginObject("twoWay")
        try json.beginObject("within")
        for (group, cells) in zip(groups, ci.twoWayWithin) { try map(group, sourceNames, cells) }
        try json.endObject()
        try json.beginObject("between")
        for (pairKey, cells) in zip(pairs, ci.twoWayBetween) { try map(pairKey, sourceNames, cells) }
        try json.endObject()
        try json.endObject()
        try json.endObject()
    }

    private static func writeGrowth(_ key: String, _ growth: GrowthRates, includeTotal: Bool,
                                    to json: inout JSONWriter) throws {
        try json.beginObject(key)
        if includeTotal { try json.number("total", growth.total) }
        try json.number("arithmetic", growth.arithmetic)
        try json.number("compound", growth.compound)
        try json.endObject()
    }
}
