import Inequality

/// `yearly[].theil` in results.json: Theil's T of the year's scores and its
/// decomposition by group, or `null` when the year has none (see ``YearlyTheil``).
///
///     "theil": {"total": T, "within": sum_j s_j T_j, "between": sum_j s_j ln(mu_j/mu),
///               "withinGroups": {"East": T_j, ...}, "groupShares": {"East": s_j, ...},
///               "withinShare": within / T x 100, "betweenShare": between / T x 100}
///
/// Shares are in percent, like `contributionRates`, and null where T = 0. A group with
/// no unit that year has `T_j` null.
enum TheilJSON {
    static func write(_ theil: TheilDecomposition?, groups: [String], to json: inout JSONWriter) throws {
        guard let theil else { return try json.null("theil") }
        try json.beginObject("theil")
        try json.number("total", theil.total)
        try json.number("within", theil.within)
        try json.number("between", theil.between)
        try json.numberMap("withinGroups", zip(groups, theil.groupTheil).map { ($0, $1) }, compact: true)
        try json.numberMap("groupShares", zip(groups, theil.groupShares).map { ($0, $1) }, compact: true)
        try json.number("withinShare", theil.withinShare)
        try json.number("betweenShare", theil.betweenShare)
        try json.endObject()
    }
}
