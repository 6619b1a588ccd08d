import Inequality
import PanelData

/// results.json of `resilience sensitivity`: the comparison of the runs, not the runs
/// themselves (each is what `analyze --weighting METHOD` writes). Keys in this order:
///
///     {"schemaVersion": 1, "kind": "sensitivity",
///      "input": {"source", "synthetic", "units", "years", "groups", "dimensions", "indicators", "warnings"},
///      "standardization": "pooled", "reference": "critic", "methods": ["critic", ...],
///      "weights": {"critic": {"wastewater": W_j, ...}, ...},          // pooled; per-year: "weightsByYear":
///      "dimensionWeights": {"critic": {"Resistance": ..., ...}, ...},  //   {"critic": {"2009": {...}}} for both
///      "yearly": [{"year": 2009,
///                  "methods": {"critic": {"mean", "gini", "withinTotal", "betweenTotal", "netBetween",
///                                         "transvariation", "sources": {dimension: G^m},
///                                         "rates": {"withinTotal", "betweenTotal", "netBetween",
///                                                   "transvariation", "sources": {dimension: %}},
///                                         "theilBetweenShare": %}},
///                  "spearman": {"critic|entropy": rho, ...}}],
///      "summary": {"critic": {"giniChange": {"total", "arithmetic", "compound"}}},
///      "conclusions": {"critic": {"largestSource": {"first", "last"}, "largestBetweenPair": {"first", "last"},
///                                 "giniTrend": "falling", "dominantTerm": "between",
///                                 "agreesWithReference": {"largestSource": true, "largestBetweenPair": true,
///                                                         "giniTrend": true, "dominantTerm": true}}}}
///
/// Rates and shares are in percent, null where G (or T) = 0; rho is null where undefined.
public enum SensitivityJSON {
    public static func write(_ result: SensitivityResult, to sink: @escaping (String) throws -> Void) throws {
        var json = JSONWriter(sink: sink)
        let reference = result.reference
        let input = reference.input
        let dimensions = input.system.dimensions
        let indicators = input.system.indicators.map(\.id)
        let groups = input.groups
        let pairs = GroupPairs.pairs(groupCount: groups.count).map { "\(groups[$0.0])|\(groups[$0.1])" }
        let methods = result.methods.map(\.rawValue)

        try json.beginObject()
        try json.integer("schemaVersion", ResultsJSON.schemaVersion)
        try json.string("kind", "sensitivity")
        try json.beginObject("input")
        try json.string("source", input.source)
        try json.bool("synthetic", input.synthetic)
        try json.integer("units", input.units.count)
        try json.beginArray("years", compact: true)
        for year in input.years { try json.integer(nil, year) }
        try json.endArray()
        try stringArray("groups", groups, to: &json)
        try stringArray("dimensions", dimensions, to: &json)
        try stringArray("indicators", indicators, to: &json)
        try stringArray("warnings", input.warnings, to: &json, compact: false)
        try json.endObject()
        try json.string("standardization", reference.standardization.rawValue)
        try json.string("reference", methods[0])
        try stringArray("methods", methods, to: &json)

        if reference.standardization == .pooled {
            try json.beginObject("weights")
            for (method, run) in zip(methods, result.runs) {
                try json.numberMap(method, zip(indicators, run.weights[0].set.weights).map { ($0, $1) }, compact: true)
            }
            try json.endObject()
            try json.beginObject("dimensionWeights")
            for (method, run) in zip(methods, result.runs) {
                try json.numberMap(method, zip(dimensions, run.weights[0].dimensionWeights).map { ($0, $1) }, compact: true)
            }
            try json.endObject()
        } else {
            try json.beginObject("weightsByYear")
            for (method, run) in zip(methods, result.runs) {
                try json.beginObject(method)
                for weights in run.weights {
                    try json.beginObject(String(weights.year ?? 0))
                    try json.numberMap("weights", zip(indicators, weights.set.weights).map { ($0, $1) }, compact: true)
                    try json.numberMap("dimensionWeights", zip(dimensions, weights.dimensionWeights).map { ($0, $1) }, compact: true)
                    try json.endObject()
                }
                try json.endObject()
            }
            try json.endObject()
        }

        try json.beginArray("yearly")
        for (index, year) in result.years.enumerated() {
            try json.beginObject()
            try json.integer("year", year)
            try json.beginObject("methods")
            for (method, run) in zip(methods, result.runs) {
                let entry = run.yearly[index]
                let d = entry.decomposition
                try json.beginObject(method)
                try json.number("mean", entry.mean)
                try json.number("gini", d.gini)
                try json.number("withinTotal", d.withinTotal)
                try json.number("betweenTotal", d.betweenTotal)
                try json.number("netBetween", d.netBetween)
                try json.number("transvariation", d.transvariation)
                try json.numberMap("sources", zip(dimensions, d.sources).map { ($0, $1) }, compact: true)
                try json.beginObject("rates")
                try json.number("withinTotal", d.contributionRate(d.withinTotal))
                try json.number("betweenTotal", d.contributionRate(d.betweenTotal))
                try json.number("netBetween", d.contributionRate(d.netBetween))
                try json.number("transvariation", d.contributionRate(d.transvariation))
                try json.numberMap("sources", zip(dimensions, d.sources).map { ($0, d.contributionRate($1)) }, compact: true)
                try json.endObject()
                try json.number("theilBetweenShare", entry.theil?.betweenShare)
                try json.endObject()
            }
            try json.endObject()
            try json.numberMap("spearman", zip(result.pairKeys, result.rankCorrelations[index]).map { ($0, $1) }, compact: true)
            try json.endObject()
        }
        try json.endArray()

        try json.beginObject("summary")
        for (method, run) in zip(methods, result.runs) {
            try json.beginObject(method)
            try json.beginObject("giniChange", compact: true)
            try json.number("total", run.giniChange.total)
            try json.number("arithmetic", run.giniChange.arithmetic)
            try json.number("compound", run.giniChange.compound)
            try json.endObject()
            try json.endObject()
        }
        try json.endObject()

        try json.beginObject("conclusions")
        for (index, method) in methods.enumerated() {
            let conclusions = result.conclusions[index]
            let agreement = result.agreements[index]
            func name(_ names: [String], _ index: Int?) -> String? { index.map { names[$0] } }
            try json.beginObject(method)
            try json.beginObject("largestSource", compact: true)
            try json.string("first", name(dimensions, conclusions.largestSourceFirst))
            try json.string("last", name(dimensions, conclusions.largestSourceLast))
            try json.endObject()
            try json.beginObject("largestBetweenPair", compact: true)
            try json.string("first", name(pairs, conclusions.largestBetweenPairFirst))
            try json.string("last", name(pairs, conclusions.largestBetweenPairLast))
            try json.endObject()
            try json.string("giniTrend", conclusions.giniTrend.rawValue)
            try json.string("dominantTerm", conclusions.dominantTerm.rawValue)
            try json.beginObject("agreesWithReference", compact: true)
            try json.bool("largestSource", agreement.largestSource)
            try json.bool("largestBetweenPair", agreement.largestBetweenPair)
            try json.bool("giniTrend", agreement.giniTrend)
            try json.bool("dominantTerm", agreement.dominantTerm)
            try json.endObject()
            try json.endObject()
        }
        try json.endObject()
        try json.endObject()
        try json.finish()
    }

    private static func stringArray(_ key: String, _ values: [String], to json: inout JSONWriter, compact: Bool = true) throws {
        try json.beginArray(key, compact: compact)
        for value in values { try json.string(nil, value) }
        try json.endArray()
    }
}
