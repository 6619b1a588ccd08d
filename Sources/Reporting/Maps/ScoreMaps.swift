import PanelData
import Resilience

/// The maps of a run (`fig-map-YEAR`): the composite score of every unit with
/// coordinates, one map per chosen year, all classed by the same breaks (computed on
/// the values of every mapped year together) so that the maps compare.
public enum ScoreMaps {
    /// The default years: the first, the last and two evenly spaced between them (the
    /// years at positions round(i (T - 1) / 3), i = 0...3, without repeats).
    public static func defaultYears(_ years: [Int]) -> [Int] {
        guard years.count > 4 else { return years }
        var chosen: [Int] = []
        for i in 0...3 {
            let year = years[Int((Double(i) * Double(years.count - 1) / 3).rounded())]
            if !chosen.contains(year) { chosen.append(year) }
        }
        return chosen
    }

    /// At most this many dots are drawn on a map; a larger panel draws every k-th unit
    /// (the classes are still computed on all units), so maps of 10^5-10^6 units stay
    /// a few megabytes.
    public static let maximumDots = 20_000

    /// The number of units that have both a longitude and a latitude.
    public static func unitsWithCoordinates(_ result: AnalysisResult) -> Int {
        result.input.units.filter { $0.longitude != nil && $0.latitude != nil }.count
    }

    /// One map per year of `years` (each must be a year of the result; others are
    /// skipped), or none when no unit has coordinates.
    public static func make(_ result: AnalysisResult, years: [Int], classes: Int, method: ClassBreaks.Method,
                            boundaries: GeoJSONBoundaries?, digits: Int) -> [DotMap] {
        let input = result.input
        var dotsByYear: [Int: [DotMap.Dot]] = [:]
        let wanted = Set(years.compactMap { input.years.firstIndex(of: $0) })
        for row in result.rowUnit.indices where wanted.contains(Int(result.rowYear[row])) {
            let unit = input.units[Int(result.rowUnit[row])]
            guard let longitude = unit.longitude, let latitude = unit.latitude, longitude.isFinite, latitude.isFinite else { continue }
            dotsByYear[input.years[Int(result.rowYear[row])], default: []]
                .append(DotMap.Dot(name: unit.name, longitude: longitude, latitude: latitude, value: result.scores.score[row]))
        }
        let mapped = years.filter { dotsByYear[$0] != nil }
        guard let breaks = ClassBreaks(mapped.flatMap { dotsByYear[$0] ?? [] }.map(\.value), classes: classes, method: method)
        else { return [] }
        let missing = input.units.count - unitsWithCoordinates(result)
        let methodText = method == .jenks ? "Fisher-Jenks natural breaks" : "quantiles"
        let yearList = mapped.map(String.init).joined(separator: ", ")
        return mapped.map { year in
            let all = dotsByYear[year] ?? []
            let stride = max(1, (all.count + Self.maximumDots - 1) / Self.maximumDots)
            let dots = stride == 1 ? all : Swift.stride(from: 0, to: all.count, by: stride).map { all[$0] }
            var notes = ["\(breaks.count) classes by \(methodText), computed on \(yearList) together (the same for every map); "
                + "intervals are right-closed.",
                         "Projection: equirectangular. Each dot is one unit at its longitude and latitude."]
            if missing > 0 { notes.append("\(missing) unit(s) without coordinates are not shown.") }
            if stride > 1 {
                notes.append("\(dots.count) of \(all.count) units drawn (every \(stride)th); the classes use all units.")
            }
            if input.synthetic { notes.append("Data: SYNTHETIC demo panel (generated, not real city statistics).") }
            return DotMap(name: "fig-map-\(year)", title: "Composite score, \(year)",
                          subtitle: "\(all.count) units" + (boundaries == nil ? "" : ", over the given boundaries"),
                          dots: dots, breaks: breaks, boundaries: boundaries, digits: digits, notes: notes)
        }
    }
}
