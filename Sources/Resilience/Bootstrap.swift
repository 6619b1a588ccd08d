import Foundation
import Inequality
import PanelData
import PanelIO
import Weighting

/// What a bootstrap re-estimates in each replicate.
public enum BootstrapStage: String, Sendable, CaseIterable {
    /// Keep the weights; recompute the decompositions of the resampled units' scores.
    case decomposition
    /// Re-standardise and re-estimate the weights on the resampled panel too.
    case full
}

/// Options of a bootstrap (`--bootstrap B --bootstrap-stage ... --ci 0.95 --seed S`).
public struct BootstrapOptions: Sendable, Hashable {
    public var replicates: Int
    public var stage: BootstrapStage
    /// The confidence level of the percentile intervals, e.g. 0.95.
    public var level: Double
    public var seed: UInt64

    public init(replicates: Int, stage: BootstrapStage = .decomposition, level: Double = 0.95, seed: UInt64 = 20_250_277) {
        self.replicates = replicates
        self.stage = stage
        self.level = level
        self.seed = seed
    }
}

/// A percentile interval.
public struct Interval: Sendable, Hashable {
    public var lower: Double
    public var upper: Double
}

/// The bootstrap intervals of one year's terms (`yearly[].ci` in results.json).
public struct YearIntervals: Sendable {
    public var gini: Interval
    /// The change of G from the previous year, `G_t - G_{t-1}`; nil in the first year.
    public var giniChange: Interval?
    /// The change of G since the first year, `G_t - G_1`; nil in the first year. In the
    /// last year this is the first-to-last change.
    public var giniChangeFromFirst: Interval?
    public var within: [Interval]
    public var between: [Interval]
    public var withinTotal: Interval
    public var betweenTotal: Interval
    public var netBetween: Interval
    public var transvariation: Interval
    public var sources: [Interval]
    /// The contribution rate of each source, `100 G^m / G` (percent), from each replicate's
    /// own G; replicates with G = 0 are left out (the rate is undefined there).
    public var sourceRates: [Interval]
    public var twoWayWithin: [[Interval]]
    public var twoWayBetween: [[Interval]]
}

/// The bootstrap of a run: its options and one set of intervals per year.
public struct BootstrapResult: Sendable {
    public var options: BootstrapOptions
    public var years: [YearIntervals]
}

/// Stratified bootstrap of the decompositions (issue 7): units are resampled with
/// replacement within each group, keeping the group sizes, and a unit is drawn with all
/// its years, so that year-on-year changes are resampled consistently.
///
/// Each replicate b draws from its own stream `SplitMixGenerator(seed:stream: b)`, and the
/// replicates are computed on all cores but stored by index, so the intervals are the same
/// whatever the number of threads. Intervals are percentile intervals: with B replicates
/// and level 1 - alpha, the lower bound is the k-th smallest value and the upper bound the
/// (B + 1 - k)-th, k = max(1, floor((B + 1) alpha / 2)) (Davison and Hinkley 1997, 5.2).
///
/// Complexity: B x (one decomposition per year) for `decomposition`; B x (standardisation,
/// weights, scores and decompositions) for `full`.
enum Bootstrap {
    /// The resampled panel structure.
    struct Design: Sendable {
        var groupUnits: [[Int]]
        /// `rowOf[unit * yearCount + year]`: the panel row of a unit in a year, or -1.
        var rowOf: [Int32]
        var yearCount: Int
        var groupCount: Int
        var groupOfUnit: [Int32]
    }

    static func design(panel: Panel) -> Design {
        var groupUnits = [[Int]](repeating: [], count: panel.groups.count)
        for (index, unit) in panel.units.enumerated() { groupUnits[unit.group].append(index) }
        var rowOf = [Int32](repeating: -1, count: panel.units.count * panel.years.count)
        for row in 0..<panel.rowCount {
            rowOf[Int(panel.rowUnit[row]) * panel.years.count + Int(panel.rowYear[row])] = Int32(row)
        }
        return Design(groupUnits: groupUnits, rowOf: rowOf, yearCount: panel.years.count,
                      groupCount: panel.groups.count, groupOfUnit: panel.units.map { Int32($0.group) })
    }

    /// Draws the units of replicate `index`: n_g draws with replacement in each group g.
    static func draw(_ design: Design, seed: UInt64, replicate index: Int) -> [Int] {
        var generator = SplitMixGenerator(seed: seed, stream: UInt64(index))
        var drawn: [Int] = []
        for units in design.groupUnits where !units.isEmpty {
            for _ in units.indices { drawn.append(units[Int.random(in: 0..<units.count, using: &generator)]) }
        }
        return drawn
    }

    /// The terms of one decomposition, flattened in the order of ``YearIntervals``.
    static func terms(_ d: YearDecomposition) -> [Double] {
        [d.gini] + d.within + d.between + [d.withinTotal, d.betweenTotal, d.netBetween, d.transvariation]
            + d.sources + d.twoWayWithin.flatMap { $0 } + d.twoWayBetween.flatMap { $0 }
    }

    /// Runs the bootstrap.
    ///
    /// - Parameters:
    ///   - scores: the run's scores (stage `decomposition`).
    ///   - raw: the imputed raw columns (stage `full`).
    ///   - onReplicate: called after each replicate (progress).
    static func run(options: BootstrapOptions, panel: Panel, scores: ScoreTable, raw: [[Double]]?,
                    configuration: AnalysisConfiguration, source: String, parallel: Bool = true,
                    onReplicate: (@Sendable () -> Void)?) async throws(AnalysisError) -> BootstrapResult {
        let design = design(panel: panel)
        let replicates = (0..<options.replicates).map { $0 }
        let cores = parallel ? ProcessInfo.processInfo.activeProcessorCount : 1
        let outcomes: [Result<[[Double]], AnalysisError>] = await ParallelMap.map(replicates, maximumConcurrency: cores) { index in
            defer { onReplicate?() }
            let units = draw(design, seed: options.seed, replicate: index)
            return Result { () throws(AnalysisError) in
                switch options.stage {
                case .decomposition:
                    return try replicateTerms(units: units, design: design, scores: scores)
                case .full:
                    return try fullReplicateTerms(units: units, design: design, panel: panel, raw: raw ?? [],
                                                  configuration: configuration, source: source)
                }
            }
        }
        var samples: [[[Double]]] = []  // [replicate][year][term]
        for outcome in outcomes {
            switch outcome {
            case let .success(terms): samples.append(terms)
            case let .failure(error): throw error
            }
        }
        return BootstrapResult(options: options, years: intervals(samples, panel: panel, level: options.level))
    }

    /// One replicate with fixed weights: each year's decomposition of the drawn units' scores.
    static func replicateTerms(units: [Int], design: Design, scores: ScoreTable) throws(AnalysisError) -> [[Double]] {
        var result: [[Double]] = []
        var rows: [Int] = [], groups: [Int32] = []
        for year in 0..<design.yearCount {
            rows.removeAll(keepingCapacity: true)
            groups.removeAll(keepingCapacity: true)
            for unit in units {
                let row = design.rowOf[unit * design.yearCount + year]
                if row >= 0 {
                    rows.append(Int(row))
                    groups.append(design.groupOfUnit[unit])
                }
            }
            let input = DecompositionInput(
                totals: rows.map { scores.score[$0] }, groups: groups, groupCount: design.groupCount,
                sources: scores.dimensionScores.map { part in rows.map { part[$0] } })
            result.append(try decompose(input))
        }
        return result
    }

    /// One replicate that re-standardises and re-weights the resampled panel.
    static func fullReplicateTerms(units: [Int], design: Design, panel: Panel, raw: [[Double]],
                                   configuration: AnalysisConfiguration, source: String) throws(AnalysisError) -> [[Double]] {
        var rowUnit: [Int32] = [], rowYear: [Int32] = [], rows: [Int] = []
        var replicateUnits: [PanelUnit] = []
        for (position, unit) in units.enumerated() {
            var copy = panel.units[unit]
            copy.name = "\(copy.name)#\(position)"
            replicateUnits.append(copy)
            for year in 0..<design.yearCount {
                let row = design.rowOf[unit * design.yearCount + year]
                if row >= 0 {
                    rowUnit.append(Int32(position))
                    rowYear.append(Int32(year))
                    rows.append(Int(row))
                }
            }
        }
        var replicate: Panel
        do {
            replicate = try Panel(units: replicateUnits, groups: panel.groups, years: panel.years, system: panel.system,
                                  rowUnit: rowUnit, rowYear: rowYear, values: raw.map { column in rows.map { column[$0] } })
        } catch {
            throw .internal("bootstrap replicate: \(error)")
        }
        var columns = replicate.values
        replicate.values = []
        let weighed = try WeightingStage.run(columns: &columns, panel: replicate, configuration: configuration,
                                             source: source, onStage: nil)
        var result: [[Double]] = []
        for yearRows in replicate.rowsByYear {
            let input = DecompositionInput(
                totals: yearRows.map { weighed.scores.score[$0] },
                groups: yearRows.map { Int32(replicate.units[Int(replicate.rowUnit[$0])].group) },
                groupCount: design.groupCount,
                sources: weighed.scores.dimensionScores.map { part in yearRows.map { part[$0] } })
            result.append(try decompose(input))
        }
        return result
    }

    private static func decompose(_ input: DecompositionInput) throws(AnalysisError) -> [Double] {
        do {
            return terms(try InequalityDecomposition.decompose(input))
        } catch {
            throw .internal("bootstrap replicate: \(error)")
        }
    }

    /// Percentile intervals per year and term, of the change of G from the previous and
    /// from the first year, and of the sources' contribution rates.
    static func intervals(_ samples: [[[Double]]], panel: Panel, level: Double) -> [YearIntervals] {
        let k = panel.groups.count, pairs = k * (k - 1) / 2, m = panel.system.dimensions.count
        let years = panel.years.count
        return (0..<years).map { year in
            let termCount = samples.first?[year].count ?? 0
            let bounds = (0..<termCount).map { term in percentile(samples.map { $0[year][term] }, level: level) }
            var offset = 0
            func take(_ count: Int) -> [Interval] {
                defer { offset += count }
                return Array(bounds[offset..<(offset + count)])
            }
            let gini = take(1)[0]
            let within = take(k), between = take(pairs)
            let totals = take(4)
            let sources = take(m)
            let twoWayWithin = (0..<k).map { _ in take(m) }
            let twoWayBetween = (0..<pairs).map { _ in take(m) }
            let change = year == 0 ? nil : percentile(samples.map { $0[year][0] - $0[year - 1][0] }, level: level)
            let changeFromFirst = year == 0 ? nil : percentile(samples.map { $0[year][0] - $0[0][0] }, level: level)
            let sourceStart = 1 + k + pairs + 4
            let sourceRates = (0..<m).map { source in
                percentile(samples.compactMap { terms in
                    terms[year][0] != 0 ? 100 * terms[year][sourceStart + source] / terms[year][0] : nil
                }, level: level)
            }
            return YearIntervals(gini: gini, giniChange: change, giniChangeFromFirst: changeFromFirst,
                                 within: within, between: between,
                                 withinTotal: totals[0], betweenTotal: totals[1], netBetween: totals[2],
                                 transvariation: totals[3], sources: sources, sourceRates: sourceRates,
                                 twoWayWithin: twoWayWithin, twoWayBetween: twoWayBetween)
        }
    }

    /// The percentile interval of `values` at `level`: the k-th and (B + 1 - k)-th smallest,
    /// k = max(1, floor((B + 1)(1 - level) / 2)). The floor allows 1e-9 of rounding error,
    /// so that B = 39 at level 0.9 gives k = 2 although (1 - 0.9) is 0.09999999999999998
    /// in binary.
    static func percentile(_ values: [Double], level: Double) -> Interval {
        let sorted = values.sorted()
        let count = sorted.count
        guard count > 0 else { return Interval(lower: .nan, upper: .nan) }
        let k = max(1, Int(((Double(count) + 1) * (1 - level) / 2 + 1e-9).rounded(.down)))
        return Interval(lower: sorted[min(k, count) - 1], upper: sorted[max(count + 1 - k, 1) - 1])
    }
}
